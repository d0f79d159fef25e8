package org.yishi.command.api.community;

import org.yishi.command.api.session.RuleSet;

/**
 * The community's rules for {@code ruleSet.kind()} from now on; {@code ruleSet.version()} is the previous version
 * of that kind plus one. Until the first of these a kind uses {@link RuleSet#defaultFor}.
 */
public record SessionRulesChanged(CommunityId communityId, RuleSet ruleSet, PersonId by) {
}
