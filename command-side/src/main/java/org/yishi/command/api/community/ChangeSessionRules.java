package org.yishi.command.api.community;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.session.RuleSet;

/**
 * An administrator sets the rules for one kind of session ({@code ruleSet.kind()}); the version in {@code ruleSet}
 * is ignored, the community numbers its changes itself.
 */
public record ChangeSessionRules(@TargetAggregateIdentifier CommunityId communityId, RuleSet ruleSet, PersonId actor) {
}
