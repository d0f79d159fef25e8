package org.yishi.query.api.members;

/** Asks for the name a person is registered under, in whichever community registered them first. */
public record FindDisplayName(String personId) {
}
