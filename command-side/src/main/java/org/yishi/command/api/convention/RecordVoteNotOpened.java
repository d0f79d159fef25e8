package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.motion.MotionId;

import java.time.Instant;

/** Internal: the command side's policy reports that the motion could not be opened, and why. */
public record RecordVoteNotOpened(@TargetAggregateIdentifier ConventionId conventionId, MotionId motionId,
                                  String reasonChinese, String reasonEnglish, Instant at) {
}
