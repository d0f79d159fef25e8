package org.yishi.query.api.motions;

/** Asks for a motion's count; an empty Optional if the motion is unknown. */
public record FindTally(String motionId) {
}
