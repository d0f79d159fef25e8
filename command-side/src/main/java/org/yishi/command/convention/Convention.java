package org.yishi.command.convention;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.yishi.command.access.CommunityAccess;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.convention.*;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.text.CommandText;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A residents' convention (居民公约) from its first draft to its last version. The committee drafts clause by clause;
 * members comment, propose and support amendments, and object during public notice; the committee answers and puts
 * the draft to the residents' vote; the party secretary reviews what was adopted; the committee publishes it as the
 * next version, files it and may later amend or repeal it by the same path. The working text is frozen from public
 * notice until the draft is published or sent back.
 */
@Aggregate
class Convention {

    static final Duration DEFAULT_NOTICE = Duration.ofDays(7);
    private static final int MAX_TITLE = 200;
    private static final int MAX_PREAMBLE = 2000;
    private static final int MAX_CLAUSE = 2000;
    private static final int MAX_CHAPTER = 100;
    private static final int MAX_REASON = 200;
    private static final int MAX_TEXT = 1000;
    private static final Role[] MEMBERS = {Role.RESIDENT, Role.HOUSEHOLD_REPRESENTATIVE, Role.COMMITTEE_MEMBER,
            Role.STAKEHOLDER_REPRESENTATIVE, Role.GROUP_REPRESENTATIVE, Role.MODERATOR, Role.PARTY_SECRETARY,
            Role.SUPERVISOR};

    /** Where an amendment stands; the names are the view's too. */
    enum AmendmentStatus { OPEN, NEEDS_REBASE, ACCEPTED, REJECTED, WITHDRAWN }

    private static final class Amendment {
        final AmendmentKind kind;
        final ClauseId clauseId;
        final PersonId proposer;
        final Set<PersonId> supporters = new HashSet<>();
        AmendmentStatus status = AmendmentStatus.OPEN;
        String chapter;
        String text;

        Amendment(AmendmentKind kind, ClauseId clauseId, PersonId proposer, String chapter, String text) {
            this.kind = kind;
            this.clauseId = clauseId;
            this.proposer = proposer;
            this.chapter = chapter;
            this.text = text;
        }

        boolean pending() {
            return status == AmendmentStatus.OPEN || status == AmendmentStatus.NEEDS_REBASE;
        }

        /** Compared by value, so that a fixture can tell state rebuilt from events from state changed by a command. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Amendment that && kind == that.kind && status == that.status
                    && java.util.Objects.equals(clauseId, that.clauseId) && proposer.equals(that.proposer)
                    && supporters.equals(that.supporters) && java.util.Objects.equals(chapter, that.chapter)
                    && java.util.Objects.equals(text, that.text);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(kind, clauseId, proposer, status, text);
        }
    }

    @AggregateIdentifier
    private ConventionId conventionId;
    private CommunityId communityId;
    private ConventionStatus status;
    private String title;
    private String preamble;
    private int inForce;
    private int draftVersion;
    private VotePurpose purpose;
    private int attempts;
    private int round;
    private java.time.Instant noticeEndsAt;
    private final ClauseList clauses = new ClauseList();
    private List<PublishedClause> inForceText = List.of();
    private final Map<AmendmentId, Amendment> amendments = new HashMap<>();
    private final Set<CommentId> comments = new HashSet<>();
    private final Map<ObjectionId, Boolean> objections = new HashMap<>();
    private final Set<Integer> published = new HashSet<>();

    Convention() {
    }

    @CommandHandler
    Convention(DraftConvention command, CommunityAccess access) {
        CommunityId community = CommandText.present(command.communityId(), "社区", "The community");
        PersonId actor = CommandText.present(command.actor(), "操作人", "The person drafting");
        access.require(community, actor, Role.COMMITTEE_MEMBER);
        apply(new ConventionDrafted(command.conventionId(), community,
                                    CommandText.required(command.title(), MAX_TITLE, "公约标题", "The title"),
                                    CommandText.optional(command.preamble(), MAX_PREAMBLE, "序言", "The preamble"),
                                    command.stakeholderGroups() == null ? Set.of()
                                    : Set.copyOf(command.stakeholderGroups()),
                                    command.origin(), actor, command.at()));
    }

    // ---- drafting, by the committee, only while drafting

    @CommandHandler
    void handle(ReviseConventionHeading command, CommunityAccess access) {
        requireDrafting(access, command.actor());
        apply(new ConventionHeadingRevised(conventionId,
                                           CommandText.required(command.title(), MAX_TITLE, "公约标题", "The title"),
                                           CommandText.optional(command.preamble(), MAX_PREAMBLE, "序言",
                                                                "The preamble"),
                                           reason(command.reason()), command.actor(), command.at()));
    }

    @CommandHandler
    void handle(AddClause command, CommunityAccess access) {
        requireDrafting(access, command.actor());
        ClauseId id = CommandText.present(command.clauseId(), "条款编号", "The clause id");
        if (clauses.contains(id)) {
            throw new Rejection("条款编号已存在", "A clause with this id exists");
        }
        apply(new ClauseAdded(conventionId, id, clauses.positionAfter(command.after()), chapter(command.chapter()),
                              clauseText(command.text()), reason(command.reason()), null, command.actor(),
                              command.at()));
    }

    @CommandHandler
    void handle(EditClause command, CommunityAccess access) {
        requireDrafting(access, command.actor());
        ClauseList.Clause clause = clauses.get(command.clauseId());
        String text = clauseText(command.text());
        String chapter = chapter(command.chapter());
        if (text.equals(clause.text()) && java.util.Objects.equals(chapter, clause.chapter())) {
            throw new Rejection("条款内容没有变化", "The clause is unchanged");
        }
        apply(new ClauseEdited(conventionId, command.clauseId(), chapter, text, reason(command.reason()), null,
                               command.actor(), command.at()));
        markRebase(command.clauseId(), null, command.at());
    }

    @CommandHandler
    void handle(RemoveClause command, CommunityAccess access) {
        requireDrafting(access, command.actor());
        clauses.get(command.clauseId());
        apply(new ClauseRemoved(conventionId, command.clauseId(), reason(command.reason()), null, command.actor(),
                                command.at()));
        markRebase(command.clauseId(), null, command.at());
    }

    @CommandHandler
    void handle(ReorderClauses command, CommunityAccess access) {
        requireDrafting(access, command.actor());
        clauses.checkOrder(command.order());
        apply(new ClausesReordered(conventionId, List.copyOf(command.order()), reason(command.reason()),
                                   command.actor(), command.at()));
    }

    // ---- comments and amendments, by members

    @CommandHandler
    void handle(CommentOnClause command, CommunityAccess access) {
        access.require(communityId, command.actor(), MEMBERS);
        clauses.get(command.clauseId());
        if (command.replyTo() != null && !comments.contains(command.replyTo())) {
            throw new Rejection("回复的评论不存在", "The comment replied to does not exist");
        }
        if (comments.contains(command.commentId())) {
            return;
        }
        apply(new ClauseCommented(conventionId, command.commentId(), command.clauseId(), command.replyTo(),
                                  CommandText.required(command.text(), MAX_TEXT, "评论", "The comment"),
                                  command.actor(), command.at()));
    }

    @CommandHandler
    void handle(ProposeAmendment command, CommunityAccess access) {
        access.require(communityId, command.actor(), MEMBERS);
        requireStatus(ConventionStatus.DRAFTING, "起草期间才能提出修正案", "Amendments are proposed while drafting");
        AmendmentKind kind = CommandText.present(command.kind(), "修正类型", "The kind of amendment");
        if (amendments.containsKey(command.amendmentId())) {
            throw new Rejection("修正案编号已存在", "An amendment with this id exists");
        }
        String baseText = null;
        String text = null;
        if (kind == AmendmentKind.NEW_CLAUSE) {
            if (command.clauseId() != null) {
                clauses.get(command.clauseId());
            }
            text = clauseText(command.text());
        } else {
            baseText = clauses.get(CommandText.present(command.clauseId(), "条款", "The clause")).text();
            if (kind == AmendmentKind.REWORD) {
                text = clauseText(command.text());
                if (text.equals(baseText)) {
                    throw new Rejection("修正案的措辞与原条款相同", "The amendment does not change the clause");
                }
            }
        }
        apply(new AmendmentProposed(conventionId, command.amendmentId(), kind, command.clauseId(),
                                    chapter(command.chapter()), text,
                                    CommandText.required(command.rationale(), MAX_TEXT, "修改理由", "A rationale"),
                                    baseText, command.actor(), command.at()));
    }

    @CommandHandler
    void handle(SupportAmendment command, CommunityAccess access) {
        access.require(communityId, command.actor(), MEMBERS);
        Amendment amendment = amendment(command.amendmentId());
        if (!amendment.pending()) {
            throw new Rejection("该修正案已处理", "The amendment has been decided");
        }
        if (amendment.proposer.equals(command.actor())) {
            throw new Rejection("提出人不能附议自己的修正案", "The proposer cannot support their own amendment");
        }
        if (amendment.supporters.contains(command.actor())) {
            return;
        }
        apply(new AmendmentSupported(conventionId, command.amendmentId(), command.actor(), command.at()));
    }

    @CommandHandler
    void handle(WithdrawAmendment command, CommunityAccess access) {
        access.require(communityId, command.actor(), MEMBERS);
        Amendment amendment = amendment(command.amendmentId());
        requireProposer(amendment, command.actor());
        apply(new AmendmentWithdrawn(conventionId, command.amendmentId(), command.actor(), command.at()));
    }

    @CommandHandler
    void handle(RebaseAmendment command, CommunityAccess access) {
        access.require(communityId, command.actor(), MEMBERS);
        Amendment amendment = amendment(command.amendmentId());
        requireProposer(amendment, command.actor());
        requireStatus(ConventionStatus.DRAFTING, "起草期间才能修改修正案", "Amendments are restated while drafting");
        String baseText = amendment.kind == AmendmentKind.NEW_CLAUSE ? null : clauses.get(amendment.clauseId).text();
        String text = amendment.kind == AmendmentKind.REMOVE ? null : clauseText(command.text());
        apply(new AmendmentRebased(conventionId, command.amendmentId(), text,
                                   CommandText.required(command.rationale(), MAX_TEXT, "修改理由", "A rationale"),
                                   baseText, command.actor(), command.at()));
    }

    /** The clause changes, credited to the amendment; other open amendments on it must be restated. */
    @CommandHandler
    void handle(AcceptAmendment command, CommunityAccess access) {
        requireDrafting(access, command.actor());
        Amendment amendment = amendment(command.amendmentId());
        if (amendment.status == AmendmentStatus.NEEDS_REBASE) {
            throw new Rejection("条款已改动，修正案须由提出人按新文本修改后才能采纳",
                                "The clause changed since: the proposer must restate the amendment first");
        }
        if (amendment.status != AmendmentStatus.OPEN) {
            throw new Rejection("该修正案已处理", "The amendment has been decided");
        }
        String reason = "采纳修正案 / amendment accepted";
        switch (amendment.kind) {
            case REWORD -> {
                apply(new AmendmentAccepted(conventionId, command.amendmentId(), amendment.clauseId,
                                            command.actor(), command.at()));
                apply(new ClauseEdited(conventionId, amendment.clauseId, amendment.chapter != null
                                       ? amendment.chapter : clauses.get(amendment.clauseId).chapter(),
                                       amendment.text, reason, command.amendmentId(), command.actor(),
                                       command.at()));
            }
            case REMOVE -> {
                apply(new AmendmentAccepted(conventionId, command.amendmentId(), amendment.clauseId,
                                            command.actor(), command.at()));
                apply(new ClauseRemoved(conventionId, amendment.clauseId, reason, command.amendmentId(),
                                        command.actor(), command.at()));
            }
            case NEW_CLAUSE -> {
                ClauseId added = CommandText.present(command.newClauseId(), "新条款编号", "The new clause's id");
                int position = amendment.clauseId != null && clauses.contains(amendment.clauseId)
                               ? clauses.positionAfter(amendment.clauseId) : clauses.positionAfter(null);
                apply(new AmendmentAccepted(conventionId, command.amendmentId(), added, command.actor(),
                                            command.at()));
                apply(new ClauseAdded(conventionId, added, position, amendment.chapter, amendment.text, reason,
                                      command.amendmentId(), command.actor(), command.at()));
            }
        }
        if (amendment.kind != AmendmentKind.NEW_CLAUSE) {
            markRebase(amendment.clauseId, command.amendmentId(), command.at());
        }
    }

    @CommandHandler
    void handle(RejectAmendment command, CommunityAccess access) {
        access.require(communityId, command.actor(), Role.COMMITTEE_MEMBER);
        Amendment amendment = amendment(command.amendmentId());
        if (!amendment.pending()) {
            throw new Rejection("该修正案已处理", "The amendment has been decided");
        }
        apply(new AmendmentRejected(conventionId, command.amendmentId(),
                                    CommandText.required(command.reason(), MAX_TEXT, "不采纳理由",
                                                         "A reason for rejecting"),
                                    command.actor(), command.at()));
    }

    // ---- public notice

    @CommandHandler
    void handle(PutOnPublicNotice command, CommunityAccess access, DeadlineManager deadlines) {
        requireDrafting(access, command.actor());
        if (clauses.isEmpty()) {
            throw new Rejection("草案还没有条款", "The draft has no clauses");
        }
        if (amendments.values().stream().anyMatch(Amendment::pending)) {
            throw new Rejection("公示前须处理完所有修正案", "Every amendment must be decided before public notice");
        }
        Duration period = command.period() == null ? DEFAULT_NOTICE : command.period();
        if (period.isNegative() || period.isZero() || period.compareTo(Duration.ofDays(60)) > 0) {
            throw new Rejection("公示期须在60天以内", "The notice period must be positive and at most 60 days");
        }
        java.time.Instant endsAt = command.at().plus(period);
        apply(new PublicNoticeStarted(conventionId, draftVersion, endsAt, command.actor(), command.at()));
        deadlines.schedule(endsAt, NoticeEnds.DEADLINE, new NoticeEnds(conventionId, endsAt));
    }

    /** Ends the notice at its deadline, unless it already ended (a redelivered deadline does nothing). */
    @DeadlineHandler(deadlineName = NoticeEnds.DEADLINE)
    void on(NoticeEnds deadline) {
        if (status != ConventionStatus.ON_NOTICE || !deadline.endsAt().equals(noticeEndsAt)) {
            return;
        }
        apply(new PublicNoticeEnded(conventionId, objections.size(), deadline.endsAt()));
    }

    @CommandHandler
    void handle(LodgeObjection command, CommunityAccess access) {
        access.require(communityId, command.actor(), MEMBERS);
        requireStatus(ConventionStatus.ON_NOTICE, "只能在公示期间提出异议", "Objections are lodged during public notice");
        if (command.clauseId() != null) {
            clauses.get(command.clauseId());
        }
        if (objections.containsKey(command.objectionId())) {
            return;
        }
        apply(new ObjectionLodged(conventionId, command.objectionId(), command.clauseId(),
                                  CommandText.required(command.text(), MAX_TEXT, "异议理由", "The objection"),
                                  command.actor(), command.at()));
    }

    @CommandHandler
    void handle(AnswerObjection command, CommunityAccess access) {
        access.require(communityId, command.actor(), Role.COMMITTEE_MEMBER);
        Boolean answered = objections.get(command.objectionId());
        if (answered == null) {
            throw new Rejection("没有这条异议", "There is no such objection");
        }
        apply(new ObjectionAnswered(conventionId, command.objectionId(),
                                    CommandText.required(command.answer(), MAX_TEXT, "答复", "The answer"),
                                    command.actor(), command.at()));
    }

    // ---- the vote

    @CommandHandler
    void handle(PutConventionToVote command, CommunityAccess access) {
        VotePurpose asked = CommandText.present(command.purpose(), "表决事项", "What the vote decides");
        if (command.sessionId() == null) {
            access.require(communityId, command.actor(), Role.COMMITTEE_MEMBER);
        } else {
            access.require(communityId, command.actor(), Role.MODERATOR, Role.COMMITTEE_MEMBER);
        }
        if (asked == VotePurpose.ADOPTION) {
            requireStatus(ConventionStatus.NOTICE_ENDED, "公示期满后才能交付表决",
                          "The draft goes to the vote after its public notice");
            if (objections.containsValue(false)) {
                throw new Rejection("每条异议都须答复后才能交付表决",
                                    "Every objection must be answered before the vote");
            }
        } else if (status != ConventionStatus.PUBLISHED) {
            throw new Rejection("只能废止已公布施行且没有修订草案的公约",
                                "Only a published convention with no draft open can be repealed");
        }
        if (!conventionId.motion(attempts + 1).equals(command.motionId())) {
            throw new Rejection("表决编号与本公约的下一次表决不符", "The motion id is not this convention's next vote");
        }
        if (command.sessionId() == null && command.closesAt() == null) {
            throw new Rejection("网上表决须设截止时间", "An online vote needs a closing time");
        }
        apply(new ConventionPutToVote(conventionId, command.motionId(), asked,
                                      asked == VotePurpose.ADOPTION ? draftVersion : inForce, command.sessionId(),
                                      command.itemId(), command.closesAt(), command.secrecy(), command.actor(),
                                      command.at()));
    }

    @CommandHandler
    void handle(RecordConventionVote command) {
        if (status != ConventionStatus.AT_VOTE || attempts == 0
            || !conventionId.motion(attempts).equals(command.motionId())) {
            return;
        }
        if (command.outcome() == ResultOutcome.PASSED) {
            apply(new ConventionAdopted(conventionId, command.motionId(), purpose,
                                        purpose == VotePurpose.ADOPTION ? draftVersion : inForce, command.at()));
        } else {
            apply(new ConventionNotAdopted(conventionId, command.motionId(), purpose, command.outcome(),
                                           command.at()));
        }
    }

    @CommandHandler
    void handle(RecordVoteNotOpened command) {
        if (status != ConventionStatus.AT_VOTE || !conventionId.motion(attempts).equals(command.motionId())) {
            return;
        }
        apply(new ConventionVoteNotOpened(conventionId, command.motionId(), command.reasonChinese(),
                                          command.reasonEnglish(), command.at()));
    }

    // ---- review, publication, filing

    @CommandHandler
    void handle(SubmitConventionForReview command, CommunityAccess access) {
        access.require(communityId, command.actor(), Role.COMMITTEE_MEMBER);
        requireStatus(ConventionStatus.ADOPTED, "表决通过后才能提交审核", "Only an adopted convention goes to review");
        apply(new ConventionSubmittedForReview(conventionId, round + 1, purpose,
                                               purpose == VotePurpose.ADOPTION ? draftVersion : inForce,
                                               CommandText.optional(command.note(), MAX_TEXT, "提交说明", "A note"),
                                               command.actor(), command.at()));
    }

    @CommandHandler
    void handle(ApproveConvention command, CommunityAccess access) {
        access.require(communityId, command.actor(), Role.PARTY_SECRETARY);
        requireStatus(ConventionStatus.IN_REVIEW, "公约不在审核中", "The convention is not in review");
        apply(new ConventionApproved(conventionId, round,
                                     CommandText.optional(command.comment(), MAX_TEXT, "审核意见", "The comment"),
                                     command.actor(), command.at()));
    }

    @CommandHandler
    void handle(ReturnConvention command, CommunityAccess access) {
        access.require(communityId, command.actor(), Role.PARTY_SECRETARY);
        requireStatus(ConventionStatus.IN_REVIEW, "公约不在审核中", "The convention is not in review");
        apply(new ConventionReturned(conventionId, round,
                                     CommandText.required(command.comments(), MAX_TEXT, "退回意见",
                                                          "Returning needs written comments"),
                                     command.actor(), command.at()));
    }

    @CommandHandler
    void handle(PublishConvention command, CommunityAccess access) {
        access.require(communityId, command.actor(), Role.COMMITTEE_MEMBER);
        requireApproved(VotePurpose.ADOPTION, "只有审核通过的公约才能公布", "Only an approved convention is published");
        apply(new ConventionPublished(conventionId, communityId, draftVersion,
                                      CommandText.present(command.effectiveFrom(), "施行日期", "The effective date"),
                                      CommandText.present(command.visibility(), "公布范围", "Who may read it"),
                                      title, preamble, clauses.published(), command.actor(), command.at()));
    }

    @CommandHandler
    void handle(RepealConvention command, CommunityAccess access) {
        access.require(communityId, command.actor(), Role.COMMITTEE_MEMBER);
        requireApproved(VotePurpose.REPEAL, "只有审核通过的废止才能公布", "Only an approved repeal is published");
        apply(new ConventionRepealed(conventionId, inForce,
                                     CommandText.present(command.effectiveFrom(), "废止日期", "The repeal date"),
                                     command.actor(), command.at()));
    }

    @CommandHandler
    void handle(FileConvention command, CommunityAccess access) {
        access.require(communityId, command.actor(), Role.COMMITTEE_MEMBER);
        if (!published.contains(command.version())) {
            throw new Rejection("只能备案已公布的版本", "Only a published version can be filed");
        }
        apply(new ConventionFiled(conventionId, command.version(),
                                  CommandText.present(command.filedOn(), "备案日期", "The filing date"),
                                  CommandText.required(command.office(), MAX_TITLE, "备案机关", "The office"),
                                  CommandText.required(command.reference(), MAX_TITLE, "备案文号", "The reference"),
                                  command.actor(), command.at()));
    }

    @CommandHandler
    void handle(StartAmending command, CommunityAccess access) {
        access.require(communityId, command.actor(), Role.COMMITTEE_MEMBER);
        requireStatus(ConventionStatus.PUBLISHED, "只能修订已公布施行的公约", "Only a published convention is amended");
        apply(new AmendingStarted(conventionId, inForce + 1, reason(command.reason()), command.actor(),
                                  command.at()));
    }

    @CommandHandler
    void handle(RecordPatrolCheck command, CommunityAccess access) {
        access.require(communityId, command.actor(), Role.SUPERVISOR, Role.COMMITTEE_MEMBER);
        if (inForce == 0 || status == ConventionStatus.REPEALED) {
            throw new Rejection("公约尚未施行", "The convention is not in force");
        }
        ClauseId clause = CommandText.present(command.clauseId(), "条款", "The clause");
        if (inForceText.stream().noneMatch(c -> c.clauseId().equals(clause))) {
            throw new Rejection("现行公约中没有这一条款", "The version in force has no such clause");
        }
        apply(new PatrolCheckRecorded(conventionId, command.checkId(), clause,
                                      CommandText.present(command.checkedOn(), "巡查日期", "The date checked"),
                                      CommandText.required(command.observation(), MAX_TEXT, "巡查情况",
                                                           "The observation"),
                                      CommandText.optional(command.followUp(), MAX_TEXT, "后续处理", "The follow-up"),
                                      command.actor(), command.at()));
    }

    // ---- rules shared by the handlers

    private void requireDrafting(CommunityAccess access, PersonId actor) {
        access.require(communityId, actor, Role.COMMITTEE_MEMBER);
        requireStatus(ConventionStatus.DRAFTING, "只有起草中的草案可以修改（公示和表决期间草案冻结）",
                      "Only a draft in drafting can be edited (it is frozen from public notice on)");
    }

    private void requireStatus(ConventionStatus required, String chinese, String english) {
        if (status != required) {
            throw new Rejection(chinese, english);
        }
    }

    private void requireApproved(VotePurpose expected, String chinese, String english) {
        if (status != ConventionStatus.APPROVED || purpose != expected) {
            throw new Rejection(chinese, english);
        }
    }

    private static void requireProposer(Amendment amendment, PersonId actor) {
        if (!amendment.proposer.equals(actor)) {
            throw new Unauthorized("只有提出人可以撤回或修改修正案", "Only the proposer withdraws or restates an amendment");
        }
        if (!amendment.pending()) {
            throw new Rejection("该修正案已处理", "The amendment has been decided");
        }
    }

    private Amendment amendment(AmendmentId id) {
        Amendment amendment = amendments.get(id);
        if (amendment == null) {
            throw new Rejection("没有这一修正案", "There is no such amendment");
        }
        return amendment;
    }

    /** Open amendments on a clause whose wording changed were written against text that is gone. */
    private void markRebase(ClauseId clause, AmendmentId because, java.time.Instant at) {
        amendments.entrySet().stream()
                  .filter(e -> e.getValue().status == AmendmentStatus.OPEN && clause.equals(e.getValue().clauseId)
                               && e.getValue().kind != AmendmentKind.NEW_CLAUSE && !e.getKey().equals(because))
                  .map(Map.Entry::getKey).sorted(java.util.Comparator.comparing(AmendmentId::value)).toList()
                  .forEach(id -> apply(new AmendmentNeedsRebase(conventionId, id, clause, because, at)));
    }

    private static String reason(String reason) {
        return CommandText.required(reason, MAX_REASON, "修改理由", "A short reason");
    }

    private static String clauseText(String text) {
        return CommandText.required(text, MAX_CLAUSE, "条款内容", "The clause text");
    }

    private static String chapter(String chapter) {
        return CommandText.optional(chapter, MAX_CHAPTER, "章节", "The chapter");
    }

    // ---- state

    @EventSourcingHandler
    void on(ConventionDrafted event) {
        conventionId = event.conventionId();
        communityId = event.communityId();
        title = event.title();
        preamble = event.preamble();
        status = ConventionStatus.DRAFTING;
        draftVersion = 1;
    }

    @EventSourcingHandler
    void on(ConventionHeadingRevised event) {
        title = event.title();
        preamble = event.preamble();
    }

    @EventSourcingHandler
    void on(ClauseAdded event) {
        clauses.add(event.clauseId(), event.position(), event.chapter(), event.text());
    }

    @EventSourcingHandler
    void on(ClauseEdited event) {
        clauses.edit(event.clauseId(), event.chapter(), event.text());
    }

    @EventSourcingHandler
    void on(ClauseRemoved event) {
        clauses.remove(event.clauseId());
    }

    @EventSourcingHandler
    void on(ClausesReordered event) {
        clauses.reorder(event.order());
    }

    @EventSourcingHandler
    void on(ClauseCommented event) {
        comments.add(event.commentId());
    }

    @EventSourcingHandler
    void on(AmendmentProposed event) {
        amendments.put(event.amendmentId(), new Amendment(event.kind(), event.clauseId(), event.by(), event.chapter(),
                                                         event.text()));
    }

    @EventSourcingHandler
    void on(AmendmentSupported event) {
        amendments.get(event.amendmentId()).supporters.add(event.by());
    }

    @EventSourcingHandler
    void on(AmendmentWithdrawn event) {
        amendments.get(event.amendmentId()).status = AmendmentStatus.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(AmendmentRebased event) {
        Amendment amendment = amendments.get(event.amendmentId());
        amendment.status = AmendmentStatus.OPEN;
        amendment.text = event.text();
    }

    @EventSourcingHandler
    void on(AmendmentAccepted event) {
        amendments.get(event.amendmentId()).status = AmendmentStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(AmendmentRejected event) {
        amendments.get(event.amendmentId()).status = AmendmentStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(AmendmentNeedsRebase event) {
        amendments.get(event.amendmentId()).status = AmendmentStatus.NEEDS_REBASE;
    }

    @EventSourcingHandler
    void on(PublicNoticeStarted event) {
        status = ConventionStatus.ON_NOTICE;
        noticeEndsAt = event.endsAt();
        objections.clear();
    }

    @EventSourcingHandler
    void on(ObjectionLodged event) {
        objections.put(event.objectionId(), false);
    }

    @EventSourcingHandler
    void on(PublicNoticeEnded event) {
        status = ConventionStatus.NOTICE_ENDED;
    }

    @EventSourcingHandler
    void on(ObjectionAnswered event) {
        objections.put(event.objectionId(), true);
    }

    @EventSourcingHandler
    void on(ConventionPutToVote event) {
        status = ConventionStatus.AT_VOTE;
        purpose = event.purpose();
        attempts++;
    }

    @EventSourcingHandler
    void on(ConventionVoteNotOpened event) {
        status = purpose == VotePurpose.ADOPTION ? ConventionStatus.NOTICE_ENDED : ConventionStatus.PUBLISHED;
    }

    @EventSourcingHandler
    void on(ConventionAdopted event) {
        status = ConventionStatus.ADOPTED;
    }

    @EventSourcingHandler
    void on(ConventionNotAdopted event) {
        status = purpose == VotePurpose.ADOPTION ? ConventionStatus.DRAFTING : ConventionStatus.PUBLISHED;
    }

    @EventSourcingHandler
    void on(ConventionSubmittedForReview event) {
        status = ConventionStatus.IN_REVIEW;
        round = event.round();
    }

    @EventSourcingHandler
    void on(ConventionApproved event) {
        status = ConventionStatus.APPROVED;
    }

    /** A returned adoption goes back to drafting (and must pass notice and the vote again); a repeal stays in force. */
    @EventSourcingHandler
    void on(ConventionReturned event) {
        status = purpose == VotePurpose.ADOPTION ? ConventionStatus.DRAFTING : ConventionStatus.PUBLISHED;
    }

    @EventSourcingHandler
    void on(ConventionPublished event) {
        status = ConventionStatus.PUBLISHED;
        inForce = event.version();
        inForceText = List.copyOf(event.clauses());
        published.add(event.version());
        draftVersion = 0;
        amendments.clear();
    }

    @EventSourcingHandler
    void on(ConventionRepealed event) {
        status = ConventionStatus.REPEALED;
    }

    @EventSourcingHandler
    void on(AmendingStarted event) {
        status = ConventionStatus.DRAFTING;
        draftVersion = event.version();
        clauses.replaceWith(inForceText);
    }
}
