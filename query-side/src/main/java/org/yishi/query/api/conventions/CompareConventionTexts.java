package org.yishi.query.api.conventions;

/**
 * Asks for the difference between two texts of a convention: published version {@code from} and version {@code to},
 * where 0 for {@code to} means the open draft.
 */
public record CompareConventionTexts(String conventionId, int from, int to) {
}
