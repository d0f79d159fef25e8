package org.yishi.command.convention;

import org.yishi.command.api.convention.ConventionId;

import java.time.Instant;

/** The deadline of one public notice: it ends at {@code endsAt}. */
record NoticeEnds(ConventionId conventionId, Instant endsAt) {

    static final String DEADLINE = "convention-notice-ends";
}
