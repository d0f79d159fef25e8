package org.yishi.command.api.convention;

import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.decision.Visibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Version {@code version} was published, in force from {@code effectiveFrom}, with its whole text as approved. */
public record ConventionPublished(ConventionId conventionId, CommunityId communityId, int version,
                                  LocalDate effectiveFrom, Visibility visibility, String title, String preamble,
                                  List<PublishedClause> clauses, PersonId by, Instant at) {
}
