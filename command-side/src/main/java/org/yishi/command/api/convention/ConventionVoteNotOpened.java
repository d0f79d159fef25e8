package org.yishi.command.api.convention;

import org.yishi.command.api.motion.MotionId;

import java.time.Instant;

/** The vote could not be opened; the convention is back where it was before. */
public record ConventionVoteNotOpened(ConventionId conventionId, MotionId motionId, String reasonChinese,
                                      String reasonEnglish, Instant at) {
}
