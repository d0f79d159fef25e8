package org.yishi.command.api.session;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The electorate is counted again at opening; {@code present} is who is checked in at that moment. */
public record SessionOpened(SessionId sessionId, RuleSet ruleSet, int electorateSize, int required, int present,
                            PersonId by, Instant at) {
}
