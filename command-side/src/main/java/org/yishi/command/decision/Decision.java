package org.yishi.command.decision;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.yishi.command.access.CommunityAccess;
import org.yishi.command.access.CommunityRegisters;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.decision.ActionCompleted;
import org.yishi.command.api.decision.ActionId;
import org.yishi.command.api.decision.AddFollowUpAction;
import org.yishi.command.api.decision.ApproveDecision;
import org.yishi.command.api.decision.CompleteAction;
import org.yishi.command.api.decision.DecisionApproved;
import org.yishi.command.api.decision.DecisionId;
import org.yishi.command.api.decision.DecisionPublished;
import org.yishi.command.api.decision.DecisionRecorded;
import org.yishi.command.api.decision.DecisionReturned;
import org.yishi.command.api.decision.DecisionRevised;
import org.yishi.command.api.decision.DecisionStatus;
import org.yishi.command.api.decision.DecisionSubmittedForReview;
import org.yishi.command.api.decision.FollowUpActionAdded;
import org.yishi.command.api.decision.ImplementationRated;
import org.yishi.command.api.decision.ProgressReported;
import org.yishi.command.api.decision.PublishDecision;
import org.yishi.command.api.decision.RateImplementation;
import org.yishi.command.api.decision.RecordDecision;
import org.yishi.command.api.decision.RecordSupervisionCheck;
import org.yishi.command.api.decision.ReportProgress;
import org.yishi.command.api.decision.ReturnDecision;
import org.yishi.command.api.decision.ReviseDecision;
import org.yishi.command.api.decision.SubmitDecisionForReview;
import org.yishi.command.api.decision.SupervisionCheckRecorded;
import org.yishi.command.api.decision.Visibility;
import org.yishi.command.text.CommandText;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A decision (决议): recorded from a passed motion or a session's recommendation, revised by the committee, reviewed
 * by the party secretary in rounds that are all kept, published, then followed up and rated by residents. The
 * secretary approves or returns; only the committee changes the wording, and nobody changes where it came from.
 */
@Aggregate
class Decision {

    private static final int MAX_NOTE = 500;
    private static final int MAX_REASON = 500;
    private static final int MAX_COMMENTS = 2000;

    @AggregateIdentifier
    private DecisionId decisionId;
    private CommunityId communityId;
    private DecisionStatus status;
    private String title;
    private String text;
    private int round;
    private boolean revisedSinceReturn;
    private final FollowUpRules followUp = new FollowUpRules();
    private final RatingRule ratings = new RatingRule();

    Decision() {
    }

    /**
     * Sent by {@link DecisionRecording} under an id derived from the source, so a replay or a redelivery finds the
     * decision here and records nothing. Not checked against the closer's roles again: they were checked when the
     * vote or the item closed, and this may run much later.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordDecision command) {
        if (decisionId != null) {
            return;
        }
        apply(DecisionSources.record(command));
    }

    /**
     * Only the committee revises, and never the party secretary, even one who also sits on the committee (as a
     * secretary who is also the committee's director does): whoever reviews a wording does not write it.
     */
    @CommandHandler
    void handle(ReviseDecision command, CommunityAccess access, CommunityRegisters registers) {
        access.require(communityId, command.actor(), Role.COMMITTEE_MEMBER);
        if (registers.standing(communityId, command.actor()).actsAs(Role.PARTY_SECRETARY)) {
            throw new Unauthorized("党委书记审核决议，不修改决议；修改由议事委员会进行",
                                   "The party secretary reviews a decision and does not revise it; the committee does");
        }
        ReviewRules review = review();
        review.checkRevise();
        Wording wording = Wording.of(command.title(), command.text());
        String reason = review.revisionNeedsReason()
                        ? CommandText.required(command.reason(), MAX_REASON, "针对审核意见的修改说明",
                                                "A reason answering the review")
                        : CommandText.optional(command.reason(), MAX_REASON, "修改说明", "A reason");
        if (wording.title().equals(title) && wording.text().equals(text)) {
            throw new Rejection("修改后的标题和正文与原来相同", "The revision changes neither the title nor the text");
        }
        apply(new DecisionRevised(decisionId, round, wording.title(), wording.text(), reason, command.actor(),
                                  command.at()));
    }

    @CommandHandler
    void handle(SubmitDecisionForReview command, CommunityAccess access) {
        access.require(communityId, command.actor(), Role.COMMITTEE_MEMBER);
        review().checkSubmit();
        Wording wording = Wording.of(title, text);
        String note = CommandText.optional(command.note(), MAX_NOTE, "提交说明", "A note");
        apply(new DecisionSubmittedForReview(decisionId, round + 1, wording.title(), wording.text(), note,
                                             command.actor(), command.at()));
    }

    @CommandHandler
    void handle(ApproveDecision command, CommunityAccess access) {
        access.require(communityId, command.actor(), Role.PARTY_SECRETARY);
        review().checkReview("审核通过", "approved");
        String comment = CommandText.optional(command.comment(), MAX_COMMENTS, "审核意见", "The review comment");
        apply(new DecisionApproved(decisionId, round, comment, command.actor(), command.at()));
    }

    @CommandHandler
    void handle(ReturnDecision command, CommunityAccess access) {
        access.require(communityId, command.actor(), Role.PARTY_SECRETARY);
        review().checkReview("退回", "returned");
        String comments = CommandText.optional(command.comments(), MAX_COMMENTS, "审核意见", "The review comment");
        if (comments == null) {
            throw new Rejection("退回须写明审核意见", "Returning needs written comments");
        }
        apply(new DecisionReturned(decisionId, round, comments, command.actor(), command.at()));
    }

    @CommandHandler
    void handle(PublishDecision command, CommunityAccess access) {
        access.require(communityId, command.actor(), Role.COMMITTEE_MEMBER);
        review().checkPublish();
        Visibility visibility = CommandText.present(command.visibility(), "公布范围", "Who may read it");
        apply(new DecisionPublished(decisionId, visibility, command.actor(), command.at()));
    }

    @CommandHandler
    void handle(AddFollowUpAction command, CommunityAccess access, CommunityRegisters registers) {
        access.require(communityId, command.actor(), Role.COMMITTEE_MEMBER);
        review().checkPublished("添加跟进事项", "followed up");
        FollowUpRules.NewAction action = followUp.checkNew(command.actionId(), command.description(),
                                                           command.responsible(), command.due());
        if (command.reporter() != null && !registers.standing(communityId, command.reporter()).member()) {
            throw new Rejection("进展报告人须是本社区成员", "The person reporting progress must be a member here");
        }
        apply(new FollowUpActionAdded(decisionId, command.actionId(), action.description(), action.responsible(),
                                      command.reporter(), action.due(), command.actor(), command.at()));
    }

    @CommandHandler
    void handle(ReportProgress command, CommunityAccess access, CommunityRegisters registers) {
        requireReporterOrCommittee(command.actor(), command.actionId(), access, registers);
        followUp.open(command.actionId(), "报告进展", "reported on");
        apply(new ProgressReported(decisionId, command.actionId(), FollowUpRules.report(command.report()),
                                   command.actor(), command.at()));
    }

    @CommandHandler
    void handle(CompleteAction command, CommunityAccess access, CommunityRegisters registers) {
        requireReporterOrCommittee(command.actor(), command.actionId(), access, registers);
        followUp.open(command.actionId(), "报告完成", "completed");
        apply(new ActionCompleted(decisionId, command.actionId(), FollowUpRules.completionNote(command.note()),
                                  command.actor(), command.at()));
    }

    /**
     * A supervision check is recorded by a member of the supervision committee (监督委员会) or by the committee, as a
     * convention's patrol checks are.
     */
    @CommandHandler
    void handle(RecordSupervisionCheck command, CommunityAccess access) {
        access.require(communityId, command.actor(), Role.SUPERVISOR, Role.COMMITTEE_MEMBER);
        followUp.known(command.actionId());
        apply(new SupervisionCheckRecorded(decisionId, command.actionId(), command.satisfactory(),
                                           FollowUpRules.finding(command.finding()), command.actor(), command.at()));
    }

    @CommandHandler
    void handle(RateImplementation command, CommunityAccess access) {
        access.require(communityId, command.actor(), Role.RESIDENT);
        review().checkPublished("评价", "rated");
        ratings.rate(command.actor(), command.stars(), command.comment())
               .ifPresent(verdict -> apply(new ImplementationRated(decisionId, command.actor(),
                                                                   verdict.rating().stars(),
                                                                   verdict.rating().comment(), verdict.replaces(),
                                                                   command.at())));
    }

    /**
     * The action's reporter, while still a member here, or any committee member; checked before anything about the
     * action is said, so that an outsider learns nothing of it, not even whether it exists.
     */
    private void requireReporterOrCommittee(PersonId actor, ActionId actionId, CommunityAccess access,
                                            CommunityRegisters registers) {
        PersonId reporter = followUp.reporterOf(actionId);
        if (actor != null && actor.equals(reporter) && registers.standing(communityId, actor).member()) {
            return;
        }
        access.require(communityId, actor, Role.COMMITTEE_MEMBER);
    }

    private ReviewRules review() {
        return new ReviewRules(status, revisedSinceReturn);
    }

    @EventSourcingHandler
    void on(DecisionRecorded event) {
        decisionId = event.decisionId();
        communityId = event.communityId();
        title = event.title();
        text = event.text();
        status = DecisionStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(DecisionRevised event) {
        title = event.title();
        text = event.text();
        revisedSinceReturn = status == DecisionStatus.RETURNED;
    }

    @EventSourcingHandler
    void on(DecisionSubmittedForReview event) {
        round = event.round();
        status = DecisionStatus.UNDER_REVIEW;
        revisedSinceReturn = false;
    }

    @EventSourcingHandler
    void on(DecisionApproved event) {
        status = DecisionStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(DecisionReturned event) {
        status = DecisionStatus.RETURNED;
    }

    @EventSourcingHandler
    void on(DecisionPublished event) {
        status = DecisionStatus.PUBLISHED;
    }

    @EventSourcingHandler
    void on(FollowUpActionAdded event) {
        followUp.added(event.actionId(), event.reporter());
    }

    @EventSourcingHandler
    void on(ActionCompleted event) {
        followUp.completed(event.actionId());
    }

    @EventSourcingHandler
    void on(ImplementationRated event) {
        ratings.rated(event.rater(), event.stars(), event.comment());
    }
}
