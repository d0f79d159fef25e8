package org.yishi.web.session;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.motion.ClosedBy;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.PassingBase;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.api.motion.TieRule;
import org.yishi.command.api.motion.VotingUnit;
import org.yishi.command.api.session.CheckInMethod;
import org.yishi.command.api.session.HouseholdBallot;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.api.session.Format;
import org.yishi.command.api.session.Outcome;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.api.session.SessionStatus;
import org.yishi.command.api.session.Stance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The words the live pages' scripts put on the screen, in the reader's language: the {@code board.*} messages and
 * the labels of the enums whose names the board carries. Pages hand them to the script in one attribute.
 */
@Component
public class BoardLabels {

    private static final List<String> KEYS = List.of(
            "board.connecting", "board.reconnecting", "board.live", "board.noItem", "board.nobody",
            "board.noneWaiting", "board.present", "board.required", "board.attendees", "board.inRoom",
            "board.online", "board.quorumReached", "board.quorumNotReached", "board.noQuorum", "board.support",
            "board.oppose", "board.concern", "board.noReasons", "board.outOfOrder", "board.minutes",
            "board.item.PENDING", "board.item.RUNNING", "board.item.CLOSED", "board.timeUp", "board.up",
            "board.down", "board.remove", "board.start", "board.saved", "board.me.out", "board.me.in",
            "board.me.waiting", "board.me.speaking", "board.me.counts", "board.me.notCounted", "board.me.stance",
            "board.giveFloor", "board.agendaEmpty", "board.seconds", "board.agendaPublished", "board.vote.none",
            "board.vote.open", "board.vote.closed", "board.vote.turnout",
            "board.vote.eligible", "board.vote.rule", "board.vote.objections", "board.vote.closesAt",
            "board.vote.ruleSet", "board.vote.go", "board.vote.decision", "board.ballot.notVoted",
            "board.ballot.voted", "board.ballot.votedSecret", "board.ballot.notOnRoll", "board.ballot.householdVoted",
            "board.ballot.cannotVote", "board.ballot.confirm", "board.ballot.confirmButton", "board.ballot.back",
            "board.ballot.sending", "board.ballot.retry", "board.ballot.reasonRequired", "board.ballot.closed",
            "board.ballot.mayChange");

    private final MessageSource messages;

    BoardLabels(MessageSource messages) {
        this.messages = messages;
    }

    public Map<String, String> of(Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        Map<String, String> labels = new LinkedHashMap<>();
        KEYS.forEach(key -> labels.put(key.substring("board.".length()), messages.getMessage(key, null, locale)));
        for (SessionStatus status : SessionStatus.values()) {
            labels.put("status." + status.name(), english ? status.english() : status.chinese());
        }
        for (Stance stance : Stance.values()) {
            labels.put("stance." + stance.name(), english ? stance.english() : stance.chinese());
        }
        for (Outcome outcome : Outcome.values()) {
            labels.put("outcome." + outcome.name(), english ? outcome.english() : outcome.chinese());
        }
        for (SessionKind kind : SessionKind.values()) {
            labels.put("kind." + kind.name(), english ? kind.english() : kind.chinese());
        }
        for (Format format : Format.values()) {
            labels.put("format." + format.name(), english ? format.english() : format.chinese());
        }
        for (ElectorateType electorate : ElectorateType.values()) {
            labels.put("electorate." + electorate.name(), english ? electorate.english() : electorate.chinese());
        }
        for (CheckInMethod method : CheckInMethod.values()) {
            labels.put("method." + method.name(), english ? method.english() : method.chinese());
        }
        put(labels, "voteMethod.", Method.values(), Method::chinese, Method::english, english);
        put(labels, "tie.", TieRule.values(), TieRule::chinese, TieRule::english, english);
        put(labels, "secrecy.", Secrecy.values(), Secrecy::chinese, Secrecy::english, english);
        put(labels, "unit.", VotingUnit.values(), VotingUnit::chinese, VotingUnit::english, english);
        put(labels, "group.", StakeholderGroup.values(), StakeholderGroup::chinese, StakeholderGroup::english,
            english);
        put(labels, "result.", ResultOutcome.values(), ResultOutcome::chinese, ResultOutcome::english, english);
        put(labels, "base.", PassingBase.values(), PassingBase::chinese, PassingBase::english, english);
        put(labels, "householdBallot.", HouseholdBallot.values(), HouseholdBallot::chinese,
            HouseholdBallot::english, english);
        put(labels, "closedBy.", ClosedBy.values(), ClosedBy::chinese, ClosedBy::english, english);
        return labels;
    }

    private static <E extends Enum<E>> void put(Map<String, String> labels, String prefix, E[] values,
                                                Function<E, String> chinese, Function<E, String> english,
                                                boolean inEnglish) {
        for (E value : values) {
            labels.put(prefix + value.name(), (inEnglish ? english : chinese).apply(value));
        }
    }
}
