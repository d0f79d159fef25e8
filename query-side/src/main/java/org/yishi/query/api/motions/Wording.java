package org.yishi.query.api.motions;

/** One line a screen shows in the reader's language: the Chinese text and the English one. */
public record Wording(String chinese, String english) {
}
