package org.yishi.command.api.community;

/** Until the first of these a community uses {@link PetitionThresholds#DEFAULT}. */
public record PetitionThresholdsChanged(CommunityId communityId, PetitionThresholds thresholds, PersonId changedBy) {
}
