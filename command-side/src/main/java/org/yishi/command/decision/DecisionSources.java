package org.yishi.command.decision;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.decision.DecisionId;
import org.yishi.command.api.decision.DecisionRecorded;
import org.yishi.command.api.decision.DecisionSource;
import org.yishi.command.api.decision.RecordDecision;
import org.yishi.command.text.CommandText;

/**
 * What a recorded decision must say of where it came from: a passed motion names the motion, a recommendation its
 * session and item, and the decision's id is the one derived from that source, so that one source never yields two
 * decisions. The text may still be empty (the committee writes it before the review); the title may not.
 */
final class DecisionSources {

    private DecisionSources() {
    }

    static DecisionRecorded record(RecordDecision command) {
        CommandText.present(command.communityId(), "社区", "A community");
        DecisionSource source = CommandText.present(command.source(), "决议来源", "A decision's source");
        DecisionId expected = switch (source) {
            case MOTION -> DecisionId.ofMotion(CommandText.present(command.motionId(), "表决", "The motion"));
            case RECOMMENDATION -> DecisionId.ofItem(CommandText.present(command.sessionId(), "会议", "The session"),
                                                     CommandText.present(command.itemId(), "议程项", "The item"));
        };
        if (!expected.equals(command.decisionId())) {
            throw new Rejection("决议编号须由其来源得出：" + expected, "A decision's id comes from its source: " + expected);
        }
        String title = CommandText.required(command.title(), Integer.MAX_VALUE, "决议标题", "A decision's title");
        String text = CommandText.optional(command.text(), Integer.MAX_VALUE, "决议正文", "A decision's text");
        return new DecisionRecorded(command.decisionId(), command.communityId(), source, title, text,
                                    command.proposalId(), command.sessionId(), command.itemId(), command.motionId(),
                                    CommandText.present(command.actor(), "记录人", "Who recorded it"),
                                    CommandText.present(command.at(), "时间", "A time"));
    }
}
