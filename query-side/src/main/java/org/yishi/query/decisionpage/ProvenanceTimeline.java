package org.yishi.query.decisionpage;

import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.decision.ActionCompleted;
import org.yishi.command.api.decision.DecisionApproved;
import org.yishi.command.api.decision.DecisionPublished;
import org.yishi.command.api.decision.DecisionRecorded;
import org.yishi.command.api.decision.DecisionReturned;
import org.yishi.command.api.decision.DecisionRevised;
import org.yishi.command.api.decision.DecisionSubmittedForReview;
import org.yishi.command.api.decision.FollowUpActionAdded;
import org.yishi.command.api.decision.ImplementationRated;
import org.yishi.command.api.decision.ProgressReported;
import org.yishi.command.api.decision.SupervisionCheckRecorded;
import org.yishi.command.api.motion.BallotCast;
import org.yishi.command.api.motion.BallotsUnsealed;
import org.yishi.command.api.motion.ClosedBy;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.MotionOpened;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.api.motion.VoteRecorded;
import org.yishi.command.api.proposal.CoSignersCarriedOver;
import org.yishi.command.api.proposal.ProposalAccepted;
import org.yishi.command.api.proposal.ProposalCoSigned;
import org.yishi.command.api.proposal.ProposalDeclined;
import org.yishi.command.api.proposal.ProposalEdited;
import org.yishi.command.api.proposal.ProposalSubmitted;
import org.yishi.command.api.proposal.ProposalWithdrawn;
import org.yishi.command.api.session.AgendaItemAdded;
import org.yishi.command.api.session.AgendaItemClosed;
import org.yishi.command.api.session.AgendaItemStarted;
import org.yishi.command.api.session.FloorGiven;
import org.yishi.command.api.session.MinutesNoteAdded;
import org.yishi.command.api.session.PositionRecorded;
import org.yishi.command.api.session.SessionClosed;
import org.yishi.command.api.session.SessionOpened;
import org.yishi.command.api.session.SessionScheduled;
import org.yishi.query.api.decisions.ProvenanceEntry;
import org.yishi.query.api.decisions.ProvenanceStage;
import org.yishi.query.api.motions.Wording;
import org.yishi.query.api.proposals.Person;
import org.yishi.query.motionrules.MotionWording;
import org.yishi.query.views.StoredStream.Stamped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.yishi.query.api.decisions.ProvenanceStage.DECISION;
import static org.yishi.query.api.decisions.ProvenanceStage.DELIBERATION;
import static org.yishi.query.api.decisions.ProvenanceStage.FOLLOW_UP;
import static org.yishi.query.api.decisions.ProvenanceStage.PROPOSAL;
import static org.yishi.query.api.decisions.ProvenanceStage.PUBLICATION;
import static org.yishi.query.api.decisions.ProvenanceStage.RATING;
import static org.yishi.query.api.decisions.ProvenanceStage.REVIEW;
import static org.yishi.query.api.decisions.ProvenanceStage.SCREENING;
import static org.yishi.query.api.decisions.ProvenanceStage.SESSION;
import static org.yishi.query.api.decisions.ProvenanceStage.VOTE;

/**
 * A decision's provenance timeline, folded from stored events: the proposal's stream (submission, edits, co-signers,
 * screening), the session's (its scheduling, opening and closing, and of the decision's agenda item only: its place
 * on the agenda, start, speakers, positions, notes and outcome; check-ins and other items are the minutes'), the
 * motion's (its opening with the rules it fixed, its ballots, the count with the rule applied) and the decision's own
 * (recording, revisions, review rounds, publication, follow-up and ratings). Oldest first, by global position.
 * <p>
 * Nobody is named for a ballot: the ballots of a vote, secret or named, are one entry with their count, and the
 * unsealing names nobody either; on a secret ballot the outer envelope is the only link from a ballot to its voter,
 * and nothing of it but the count gets here. Raters are not named, as on the page.
 */
final class ProvenanceTimeline {

    private final Function<PersonId, Person> people;
    private final List<ProvenanceEntry> entries = new ArrayList<>();

    private ProvenanceTimeline(Function<PersonId, Person> people) {
        this.people = people;
    }

    /** The streams a decision came from; each is empty where it has no such source. */
    record Sources(List<Stamped> decision, List<Stamped> proposal, List<Stamped> session, String itemId,
                   List<Stamped> motion) {
    }

    static List<ProvenanceEntry> of(Sources sources, Function<PersonId, Person> people) {
        ProvenanceTimeline timeline = new ProvenanceTimeline(people);
        sources.proposal().forEach(timeline::proposal);
        sources.session().forEach(event -> timeline.session(event, sources.itemId()));
        timeline.motion(sources.motion());
        sources.decision().forEach(timeline::decision);
        timeline.entries.sort(Comparator.comparingLong(ProvenanceEntry::position));
        return List.copyOf(timeline.entries);
    }

    private void proposal(Stamped event) {
        Object payload = event.payload();
        if (payload instanceof ProposalSubmitted e) {
            add(event, PROPOSAL, e.proposer(), "提交议题", "submitted the proposal", e.title());
        } else if (payload instanceof ProposalEdited e) {
            add(event, PROPOSAL, e.editedBy(), "修改议题", "edited the proposal", e.title());
        } else if (payload instanceof ProposalCoSigned e) {
            add(event, PROPOSAL, e.signer(), "联名支持", "co-signed", null);
        } else if (payload instanceof ProposalWithdrawn e) {
            add(event, PROPOSAL, e.withdrawnBy(), "撤回议题", "withdrew the proposal", e.reason());
        } else if (payload instanceof ProposalAccepted e) {
            String date = e.plannedDate() == null ? "" : " " + e.plannedDate();
            add(event, SCREENING, e.acceptedBy(), "受理：" + e.destination().chinese() + date,
                "accepted: " + e.destination().english() + date, e.note());
        } else if (payload instanceof ProposalDeclined e) {
            add(event, SCREENING, e.declinedBy(), "不予采纳", "declined", e.reason());
        } else if (payload instanceof CoSignersCarriedOver e) {
            String signers = e.signers().stream().map(signer -> people.apply(signer).name())
                              .collect(Collectors.joining("、"));
            add(event, SCREENING, e.mergedBy(), "并入重复议题，转入 " + e.signers().size() + " 位联名人",
                "a duplicate was merged in, carrying over " + e.signers().size() + " co-signers",
                signers.isEmpty() ? null : signers);
        }
    }

    private void session(Stamped event, String itemId) {
        Object payload = event.payload();
        if (payload instanceof SessionScheduled e) {
            add(event, SESSION, e.scheduledBy(), "安排" + e.kind().chinese(), "scheduled a " + e.kind().english(),
                e.title());
        } else if (payload instanceof SessionOpened e) {
            add(event, SESSION, e.by(),
                "开会：到会 " + e.present() + " 人" + (e.required() > 0 ? "，法定人数 " + e.required() : ""),
                "opened with " + e.present() + " present" + (e.required() > 0 ? ", " + e.required() + " needed" : ""),
                null);
        } else if (payload instanceof SessionClosed e) {
            add(event, SESSION, e.by(), "散会", "the session closed", null);
        } else if (payload instanceof AgendaItemAdded e && e.itemId().value().equals(itemId)) {
            add(event, SESSION, e.addedBy(), "列入议程", "put on the agenda", e.title());
        } else if (payload instanceof AgendaItemStarted e && e.itemId().value().equals(itemId)) {
            add(event, DELIBERATION, e.by(), "开始议题", "the item started", null);
        } else if (payload instanceof FloorGiven e && e.itemId().value().equals(itemId)) {
            add(event, DELIBERATION, e.speaker(), e.outOfOrder() ? "发言（主持人破例安排）" : "发言",
                e.outOfOrder() ? "spoke (called out of order)" : "spoke", e.reason());
        } else if (payload instanceof PositionRecorded e && e.itemId().value().equals(itemId)) {
            add(event, DELIBERATION, e.participant(), "表明意见：" + e.stance().chinese(),
                "stated a position: " + e.stance().english(), e.reason());
        } else if (payload instanceof MinutesNoteAdded e && e.itemId() != null && e.itemId().value().equals(itemId)) {
            add(event, DELIBERATION, e.by(), "记入纪要", "noted for the minutes", e.text());
        } else if (payload instanceof AgendaItemClosed e && e.itemId().value().equals(itemId)) {
            add(event, DELIBERATION, e.by(), "议题结束：" + e.outcome().chinese(),
                "the item closed: " + e.outcome().english(), e.text());
        }
    }

    private void motion(List<Stamped> events) {
        MotionOpened opened = null;
        List<Stamped> ballots = new ArrayList<>();
        for (Stamped event : events) {
            Object payload = event.payload();
            if (payload instanceof MotionOpened e) {
                opened = e;
                List<Wording> rules = MotionWording.rules(e);
                add(event, VOTE, e.openedBy(),
                    "付诸表决，名单 " + e.electorate().units() + " 票；"
                    + rules.stream().map(Wording::chinese).collect(Collectors.joining("；")),
                    "put to the vote, " + e.electorate().units() + " on the roll; "
                    + rules.stream().map(Wording::english).collect(Collectors.joining("; ")), e.question());
            } else if (payload instanceof BallotCast || payload instanceof VoteRecorded) {
                ballots.add(event);
            } else if (payload instanceof BallotsUnsealed e) {
                ballots(ballots, opened);
                ballots.clear();
                add(event, VOTE, null, "开启 " + e.options().size() + " 个密封选票计票",
                    e.options().size() + " sealed ballots opened for the count", null);
            } else if (payload instanceof MotionClosed e && opened != null) {
                ballots(ballots, opened);
                ballots.clear();
                Wording explanation = MotionWording.explanation(e, opened.method(), opened.options());
                boolean deadline = e.how() == ClosedBy.DEADLINE;
                String counts = opened.options().stream().map(option -> option.chinese() + " "
                        + e.tally().counts().getOrDefault(option.key(), 0)).collect(Collectors.joining("、"));
                String englishCounts = opened.options().stream().map(option -> option.english() + " "
                        + e.tally().counts().getOrDefault(option.key(), 0)).collect(Collectors.joining(", "));
                add(event, VOTE, e.closedBy(),
                    "表决结束" + (deadline ? "（截止时间到）" : "") + "：" + counts + "；" + explanation.chinese()
                    + "（" + e.ruleSet().kind().chinese() + "规则第 " + e.ruleSet().version() + " 版）",
                    "the vote closed" + (deadline ? " (deadline)" : "") + ": " + englishCounts + "; "
                    + explanation.english() + " (" + e.ruleSet().kind().english() + " rules, version "
                    + e.ruleSet().version() + ")",
                    e.tally().objections().isEmpty() ? null : String.join("；", e.tally().objections()));
            }
        }
        ballots(ballots, opened);
    }

    /** The run of ballots as one entry: how many, how many of them changed an earlier one, and of what kind. */
    private void ballots(List<Stamped> ballots, MotionOpened opened) {
        if (ballots.isEmpty() || opened == null) {
            return;
        }
        long changed = ballots.stream().filter(ballot -> ballot.payload() instanceof BallotCast cast ? cast.replaces()
                                                         : ((VoteRecorded) ballot.payload()).replaces()).count();
        boolean secret = opened.secrecy() == Secrecy.SECRET;
        Stamped first = ballots.get(0);
        entries.add(new ProvenanceEntry(
                first.position(), ballots.get(ballots.size() - 1).position(), first.at(), VOTE,
                first.payload().getClass().getSimpleName(), null,
                new Wording("投出 " + ballots.size() + " 张" + (secret ? "不记名" : "记名") + "选票"
                            + (changed > 0 ? "，其中改票 " + changed + " 次" : ""),
                            ballots.size() + (secret ? " secret" : " named") + " ballots cast"
                            + (changed > 0 ? ", " + changed + " of them changing an earlier one" : "")), null));
    }

    private void decision(Stamped event) {
        Object payload = event.payload();
        if (payload instanceof DecisionRecorded e) {
            add(event, DECISION, e.recordedBy(), "记录决议（" + e.source().chinese() + "）",
                "recorded the decision (" + e.source().english() + ")", e.title());
        } else if (payload instanceof DecisionRevised e) {
            add(event, REVIEW, e.by(), "修改决议措辞", "revised the wording", e.reason());
        } else if (payload instanceof DecisionSubmittedForReview e) {
            add(event, REVIEW, e.by(), "提交第 " + e.round() + " 轮审核", "submitted for review, round " + e.round(),
                e.note());
        } else if (payload instanceof DecisionApproved e) {
            add(event, REVIEW, e.by(), "审核通过（第 " + e.round() + " 轮）", "approved (round " + e.round() + ")",
                e.comment());
        } else if (payload instanceof DecisionReturned e) {
            add(event, REVIEW, e.by(), "退回修改（第 " + e.round() + " 轮）",
                "returned for changes (round " + e.round() + ")", e.comments());
        } else if (payload instanceof DecisionPublished e) {
            add(event, PUBLICATION, e.by(), "公布：" + e.visibility().chinese(),
                "published: " + e.visibility().english(), null);
        } else if (payload instanceof FollowUpActionAdded e) {
            String due = e.due() == null ? "" : "，期限 " + e.due();
            add(event, FOLLOW_UP, e.by(), "添加跟进事项，负责方：" + e.responsible() + due,
                "added a follow-up action, responsible: " + e.responsible()
                + (e.due() == null ? "" : ", due " + e.due()), e.description());
        } else if (payload instanceof ProgressReported e) {
            add(event, FOLLOW_UP, e.by(), "报告进展", "reported progress", e.report());
        } else if (payload instanceof ActionCompleted e) {
            add(event, FOLLOW_UP, e.by(), "报告完成", "reported it done", e.note());
        } else if (payload instanceof SupervisionCheckRecorded e) {
            add(event, FOLLOW_UP, e.by(), "督查：" + (e.satisfactory() ? "合格" : "不合格"),
                "supervision check: " + (e.satisfactory() ? "satisfactory" : "unsatisfactory"), e.finding());
        } else if (payload instanceof ImplementationRated e) {
            add(event, RATING, null, "居民评价：" + e.stars() + " 星", "a resident rated it " + e.stars() + " of 5",
                e.comment());
        }
    }

    private void add(Stamped event, ProvenanceStage stage, PersonId actor, String chinese, String english,
                     String detail) {
        entries.add(new ProvenanceEntry(event.position(), null, event.at(), stage,
                                        event.payload().getClass().getSimpleName(),
                                        actor == null ? null : people.apply(actor), new Wording(chinese, english),
                                        detail == null || detail.isBlank() ? null : detail));
    }
}
