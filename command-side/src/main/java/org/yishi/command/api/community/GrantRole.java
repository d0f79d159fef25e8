package org.yishi.command.api.community;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An administrator grants a member a role; {@code stakeholderGroup} is given for a stakeholder representative and
 * only then. Household representatives are designated for their household instead.
 */
public record GrantRole(@TargetAggregateIdentifier CommunityId communityId, PersonId personId, Role role,
                        StakeholderGroup stakeholderGroup, PersonId actor) {
}
