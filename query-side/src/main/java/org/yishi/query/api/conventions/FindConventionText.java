package org.yishi.query.api.conventions;

import java.time.Instant;

/**
 * Asks for a convention's text, built from its events: published {@code version} when it is not null; otherwise the
 * text as it stood at {@code asOf} (null: now), both the version then in force and the draft then open.
 */
public record FindConventionText(String conventionId, Integer version, Instant asOf) {
}
