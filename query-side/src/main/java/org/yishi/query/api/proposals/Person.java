package org.yishi.query.api.proposals;

/** A person as a screen shows them: the id, for links and checks, and the name they are known by. */
public record Person(String personId, String name) {
}
