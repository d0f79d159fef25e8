package org.yishi.command.api.convention;

/** One clause of a published version: its number (1-based, in order) and wording. */
public record PublishedClause(ClauseId clauseId, int number, String chapter, String text) {
}
