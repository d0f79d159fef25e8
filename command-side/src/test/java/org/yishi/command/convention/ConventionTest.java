package org.yishi.command.convention;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.access.CommunityAccess;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.convention.*;
import org.yishi.command.api.decision.Visibility;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.motion.Secrecy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The square convention's rules, given its events, when a command arrives, then what is recorded or refused. */
class ConventionTest {

    static final CommunityId JINYUAN = new CommunityId("jinyuan");
    static final ConventionId SQUARE = new ConventionId("square");
    static final PersonId ZHOU = new PersonId("zhou");       // committee member
    static final PersonId WU = new PersonId("wu");           // party secretary
    static final PersonId LI = new PersonId("li");           // resident
    static final PersonId ZHANG = new PersonId("zhang");     // resident
    static final PersonId SUN = new PersonId("sun");         // supervision committee member
    static final ClauseId DANCING = new ClauseId("dancing");
    static final ClauseId STALLS = new ClauseId("stalls");
    static final AmendmentId NINE = new AmendmentId("nine");
    static final AmendmentId HALF_NINE = new AmendmentId("half-nine");
    static final ObjectionId TOO_STRICT = new ObjectionId("too-strict");
    static final Instant AT = Instant.parse("2026-05-01T02:00:00Z");
    static final Instant NOTICE_ENDS = AT.plus(Duration.ofDays(7));
    static final MotionId FIRST_VOTE = SQUARE.motion(1);

    private static final Map<PersonId, Set<Role>> ROLES = Map.of(
            ZHOU, Set.of(Role.COMMITTEE_MEMBER, Role.RESIDENT), WU, Set.of(Role.PARTY_SECRETARY),
            LI, Set.of(Role.RESIDENT), ZHANG, Set.of(Role.RESIDENT), SUN, Set.of(Role.SUPERVISOR));

    AggregateTestFixture<Convention> fixture;

    @BeforeEach
    void aFixtureKnowingWhoHoldsWhichRole() {
        fixture = new AggregateTestFixture<>(Convention.class);
        CommunityAccess access = (community, actor, anyOf) -> {
            Set<Role> held = JINYUAN.equals(community) ? ROLES.getOrDefault(actor, Set.of()) : Set.of();
            if (List.of(anyOf).stream().noneMatch(held::contains)) {
                throw new Unauthorized("没有所需的角色", "Missing the required role");
            }
        };
        fixture.registerInjectableResource(access);
    }

    static Object drafted() {
        return new ConventionDrafted(SQUARE, JINYUAN, "锦苑广场公约", "为维护广场秩序，共同约定如下。", Set.of(), null, ZHOU,
                                     AT);
    }

    static Object[] twoClauses() {
        return new Object[]{drafted(),
                new ClauseAdded(SQUARE, DANCING, 0, null, "广场舞每晚十点前结束。", "夜间噪音", null, ZHOU, AT),
                new ClauseAdded(SQUARE, STALLS, 1, null, "摊位不得占用消防通道。", "消防要求", null, ZHOU, AT)};
    }

    static Object[] onNotice() {
        return concat(twoClauses(), new PublicNoticeStarted(SQUARE, 1, NOTICE_ENDS, ZHOU, AT));
    }

    static Object[] noticeEndedWithAnObjection() {
        return concat(onNotice(), new ObjectionLodged(SQUARE, TOO_STRICT, STALLS, "对小商户太严", LI, AT),
                      new PublicNoticeEnded(SQUARE, 1, NOTICE_ENDS));
    }

    static Object[] approved() {
        return concat(noticeEndedWithAnObjection(),
                      new ObjectionAnswered(SQUARE, TOO_STRICT, "消防通道不能占用", ZHOU, AT),
                      new ConventionPutToVote(SQUARE, FIRST_VOTE, VotePurpose.ADOPTION, 1, null, null,
                                              NOTICE_ENDS.plus(Duration.ofDays(3)), Secrecy.NAMED, ZHOU, AT),
                      new ConventionAdopted(SQUARE, FIRST_VOTE, VotePurpose.ADOPTION, 1, AT),
                      new ConventionSubmittedForReview(SQUARE, 1, VotePurpose.ADOPTION, 1, null, ZHOU, AT),
                      new ConventionApproved(SQUARE, 1, null, WU, AT));
    }

    static Object[] concat(Object[] given, Object... more) {
        Object[] all = new Object[given.length + more.length];
        System.arraycopy(given, 0, all, 0, given.length);
        System.arraycopy(more, 0, all, given.length, more.length);
        return all;
    }

    @Test
    void theCommitteeAddsAClauseAfterAnotherAndAResidentMayNot() {
        fixture.given(twoClauses())
               .when(new AddClause(SQUARE, new ClauseId("litter"), null, "活动后清理垃圾。", DANCING, "保持整洁", ZHOU, AT))
               .expectEvents(new ClauseAdded(SQUARE, new ClauseId("litter"), 1, null, "活动后清理垃圾。", "保持整洁", null,
                                             ZHOU, AT));
        fixture.given(twoClauses())
               .when(new AddClause(SQUARE, new ClauseId("x"), null, "居民写的", null, "试试", LI, AT))
               .expectException(Unauthorized.class);
    }

    @Test
    void everyEditNeedsAShortReason() {
        fixture.given(twoClauses())
               .when(new EditClause(SQUARE, DANCING, null, "广场舞每晚九点前结束。", " ", ZHOU, AT))
               .expectException(Rejection.class);
    }

    @Test
    void noEditsDuringPublicNotice() {
        fixture.given(onNotice())
               .when(new EditClause(SQUARE, DANCING, null, "广场舞每晚九点前结束。", "改时间", ZHOU, AT))
               .expectException(Rejection.class)
               .expectExceptionMessage("只有起草中的草案可以修改（公示和表决期间草案冻结） / "
                                       + "Only a draft in drafting can be edited (it is frozen from public notice on)");
    }

    @Test
    void publicNoticeEndsAtItsDeadlineWithTheObjectionsLodged() {
        fixture.givenCurrentTime(AT)
               .andGiven(twoClauses())
               .andGivenCommands(new PutOnPublicNotice(SQUARE, null, ZHOU, AT),
                                 new LodgeObjection(SQUARE, TOO_STRICT, STALLS, "对小商户太严", LI, AT))
               .whenTimeAdvancesTo(NOTICE_ENDS)
               .expectEvents(new PublicNoticeEnded(SQUARE, 1, NOTICE_ENDS));
    }

    @Test
    void theNoticeStartsWithItsDeadlineAndNeedsEveryAmendmentDecided() {
        fixture.given(twoClauses())
               .when(new PutOnPublicNotice(SQUARE, null, ZHOU, AT))
               .expectEvents(new PublicNoticeStarted(SQUARE, 1, NOTICE_ENDS, ZHOU, AT))
               .expectScheduledDeadlineWithName(NOTICE_ENDS, NoticeEnds.DEADLINE);
        fixture.given(concat(twoClauses(), new AmendmentProposed(SQUARE, NINE, AmendmentKind.REWORD, DANCING, null,
                                                                 "广场舞每晚九点前结束。", "老人睡得早", "广场舞每晚十点前结束。",
                                                                 LI, AT)))
               .when(new PutOnPublicNotice(SQUARE, null, ZHOU, AT))
               .expectException(Rejection.class);
    }

    @Test
    void objectionsAreLodgedOnlyDuringPublicNotice() {
        fixture.given(twoClauses())
               .when(new LodgeObjection(SQUARE, TOO_STRICT, null, "不同意", LI, AT))
               .expectException(Rejection.class);
    }

    @Test
    void noAdoptionVoteBeforeEveryObjectionIsAnswered() {
        fixture.given(noticeEndedWithAnObjection())
               .when(new PutConventionToVote(SQUARE, FIRST_VOTE, VotePurpose.ADOPTION, null, null,
                                             NOTICE_ENDS.plus(Duration.ofDays(3)), Secrecy.NAMED, ZHOU, AT))
               .expectException(Rejection.class)
               .expectExceptionMessage("每条异议都须答复后才能交付表决 / Every objection must be answered before the vote");
        fixture.given(concat(noticeEndedWithAnObjection(),
                             new ObjectionAnswered(SQUARE, TOO_STRICT, "消防通道不能占用", ZHOU, AT)))
               .when(new PutConventionToVote(SQUARE, FIRST_VOTE, VotePurpose.ADOPTION, null, null,
                                             NOTICE_ENDS.plus(Duration.ofDays(3)), Secrecy.NAMED, ZHOU, AT))
               .expectEvents(new ConventionPutToVote(SQUARE, FIRST_VOTE, VotePurpose.ADOPTION, 1, null, null,
                                                     NOTICE_ENDS.plus(Duration.ofDays(3)), Secrecy.NAMED, ZHOU, AT));
    }

    @Test
    void aVoteMustUseTheConventionsNextMotionId() {
        fixture.given(concat(noticeEndedWithAnObjection(),
                             new ObjectionAnswered(SQUARE, TOO_STRICT, "消防通道不能占用", ZHOU, AT)))
               .when(new PutConventionToVote(SQUARE, new MotionId("other"), VotePurpose.ADOPTION, null, null,
                                             NOTICE_ENDS.plus(Duration.ofDays(3)), Secrecy.NAMED, ZHOU, AT))
               .expectException(Rejection.class);
    }

    @Test
    void aFailedVoteSendsTheDraftBackToDrafting() {
        Object[] atVote = concat(noticeEndedWithAnObjection(),
                                 new ObjectionAnswered(SQUARE, TOO_STRICT, "消防通道不能占用", ZHOU, AT),
                                 new ConventionPutToVote(SQUARE, FIRST_VOTE, VotePurpose.ADOPTION, 1, null, null,
                                                         AT, Secrecy.NAMED, ZHOU, AT));
        fixture.given(atVote)
               .when(new RecordConventionVote(SQUARE, FIRST_VOTE, ResultOutcome.NO_QUORUM, AT))
               .expectEvents(new ConventionNotAdopted(SQUARE, FIRST_VOTE, VotePurpose.ADOPTION,
                                                      ResultOutcome.NO_QUORUM, AT));
        // a redelivered result of an earlier attempt records nothing
        fixture.given(concat(atVote, new ConventionAdopted(SQUARE, FIRST_VOTE, VotePurpose.ADOPTION, 1, AT)))
               .when(new RecordConventionVote(SQUARE, FIRST_VOTE, ResultOutcome.PASSED, AT))
               .expectNoEvents();
    }

    @Test
    void acceptingAnAmendmentChangesTheClauseCreditedToItAndMarksTheOtherForRebase() {
        fixture.given(concat(twoClauses(),
                             new AmendmentProposed(SQUARE, NINE, AmendmentKind.REWORD, DANCING, null, "广场舞每晚九点前结束。",
                                                   "老人睡得早", "广场舞每晚十点前结束。", LI, AT),
                             new AmendmentProposed(SQUARE, HALF_NINE, AmendmentKind.REWORD, DANCING, null,
                                                   "广场舞每晚九点半前结束。", "折中", "广场舞每晚十点前结束。", ZHANG, AT)))
               .when(new AcceptAmendment(SQUARE, NINE, null, ZHOU, AT))
               .expectEvents(new AmendmentAccepted(SQUARE, NINE, DANCING, ZHOU, AT),
                             new ClauseEdited(SQUARE, DANCING, null, "广场舞每晚九点前结束。", "采纳修正案 / amendment accepted",
                                              NINE, ZHOU, AT),
                             new AmendmentNeedsRebase(SQUARE, HALF_NINE, DANCING, NINE, AT));
    }

    @Test
    void anAmendmentNeedingARebaseIsNotAcceptedUntilRestated() {
        fixture.given(concat(twoClauses(),
                             new AmendmentProposed(SQUARE, HALF_NINE, AmendmentKind.REWORD, DANCING, null,
                                                   "广场舞每晚九点半前结束。", "折中", "广场舞每晚十点前结束。", ZHANG, AT),
                             new AmendmentNeedsRebase(SQUARE, HALF_NINE, DANCING, NINE, AT)))
               .when(new AcceptAmendment(SQUARE, HALF_NINE, null, ZHOU, AT))
               .expectException(Rejection.class);
    }

    @Test
    void theProposerCannotSupportTheirOwnAmendment() {
        fixture.given(concat(twoClauses(),
                             new AmendmentProposed(SQUARE, NINE, AmendmentKind.REWORD, DANCING, null, "广场舞每晚九点前结束。",
                                                   "老人睡得早", "广场舞每晚十点前结束。", LI, AT)))
               .when(new SupportAmendment(SQUARE, NINE, LI, AT))
               .expectException(Rejection.class);
    }

    @Test
    void noPublicationBeforeApproval() {
        Object[] inReview = concat(approved());
        fixture.given(java.util.Arrays.copyOf(inReview, inReview.length - 1))
               .when(new PublishConvention(SQUARE, LocalDate.of(2026, 6, 1), Visibility.PUBLIC, ZHOU, AT))
               .expectException(Rejection.class);
    }

    @Test
    void onlyThePartySecretaryApproves() {
        Object[] inReview = concat(approved());
        fixture.given(java.util.Arrays.copyOf(inReview, inReview.length - 1))
               .when(new ApproveConvention(SQUARE, null, ZHOU, AT))
               .expectException(Unauthorized.class);
    }

    @Test
    void versionNumbersIncreaseWithEachPublication() {
        List<PublishedClause> v1 = List.of(new PublishedClause(DANCING, 1, null, "广场舞每晚十点前结束。"),
                                           new PublishedClause(STALLS, 2, null, "摊位不得占用消防通道。"));
        fixture.given(approved())
               .when(new PublishConvention(SQUARE, LocalDate.of(2026, 6, 1), Visibility.PUBLIC, ZHOU, AT))
               .expectEvents(new ConventionPublished(SQUARE, JINYUAN, 1, LocalDate.of(2026, 6, 1), Visibility.PUBLIC,
                                                     "锦苑广场公约", "为维护广场秩序，共同约定如下。", v1, ZHOU, AT));
        MotionId second = SQUARE.motion(2);
        fixture.given(concat(approved(),
                             new ConventionPublished(SQUARE, JINYUAN, 1, LocalDate.of(2026, 6, 1), Visibility.PUBLIC,
                                                     "锦苑广场公约", "为维护广场秩序，共同约定如下。", v1, ZHOU, AT),
                             new AmendingStarted(SQUARE, 2, "夏季延长", ZHOU, AT),
                             new ClauseEdited(SQUARE, DANCING, null, "广场舞每晚九点半前结束。", "夏季", null, ZHOU, AT),
                             new PublicNoticeStarted(SQUARE, 2, NOTICE_ENDS, ZHOU, AT),
                             new PublicNoticeEnded(SQUARE, 0, NOTICE_ENDS),
                             new ConventionPutToVote(SQUARE, second, VotePurpose.ADOPTION, 2, null, null, AT,
                                                     Secrecy.NAMED, ZHOU, AT),
                             new ConventionAdopted(SQUARE, second, VotePurpose.ADOPTION, 2, AT),
                             new ConventionSubmittedForReview(SQUARE, 2, VotePurpose.ADOPTION, 2, null, ZHOU, AT),
                             new ConventionApproved(SQUARE, 2, null, WU, AT)))
               .when(new PublishConvention(SQUARE, LocalDate.of(2027, 6, 1), Visibility.PUBLIC, ZHOU, AT))
               .expectEvents(new ConventionPublished(SQUARE, JINYUAN, 2, LocalDate.of(2027, 6, 1), Visibility.PUBLIC,
                                                     "锦苑广场公约", "为维护广场秩序，共同约定如下。",
                                                     List.of(new PublishedClause(DANCING, 1, null, "广场舞每晚九点半前结束。"),
                                                             new PublishedClause(STALLS, 2, null, "摊位不得占用消防通道。")),
                                                     ZHOU, AT));
    }

    @Test
    void repealOnlyOfAPublishedConvention() {
        fixture.given(twoClauses())
               .when(new PutConventionToVote(SQUARE, FIRST_VOTE, VotePurpose.REPEAL, null, null, AT, Secrecy.NAMED,
                                             ZHOU, AT))
               .expectException(Rejection.class);
        fixture.given(approved())
               .when(new RepealConvention(SQUARE, LocalDate.of(2026, 6, 1), ZHOU, AT))
               .expectException(Rejection.class);
    }

    static Object[] publishedV1() {
        return concat(approved(), new ConventionPublished(SQUARE, JINYUAN, 1, LocalDate.of(2026, 6, 1),
                                                          Visibility.PUBLIC, "锦苑广场公约", "为维护广场秩序，共同约定如下。",
                                                          List.of(new PublishedClause(DANCING, 1, null, "广场舞每晚十点前结束。"),
                                                                  new PublishedClause(STALLS, 2, null, "摊位不得占用消防通道。")),
                                                          ZHOU, AT));
    }

    @Test
    void theSupervisionCommitteeRecordsPatrolChecksAgainstAClauseInForce() {
        PatrolCheckId evening = new PatrolCheckId("evening");
        LocalDate day = LocalDate.of(2026, 6, 3);
        fixture.given(publishedV1())
               .when(new RecordPatrolCheck(SQUARE, evening, DANCING, day, "21:10仍有音乐", "已提醒领队", SUN, AT))
               .expectEvents(new PatrolCheckRecorded(SQUARE, evening, DANCING, day, "21:10仍有音乐", "已提醒领队", SUN,
                                                     AT));
        fixture.given(publishedV1())
               .when(new RecordPatrolCheck(SQUARE, evening, DANCING, day, "一切正常", null, LI, AT))
               .expectException(Unauthorized.class);
        fixture.given(approved())
               .when(new RecordPatrolCheck(SQUARE, evening, DANCING, day, "尚未施行", null, SUN, AT))
               .expectException(Rejection.class);
        fixture.given(publishedV1())
               .when(new RecordPatrolCheck(SQUARE, evening, new ClauseId("none"), day, "没有这条", null, SUN, AT))
               .expectException(Rejection.class);
    }

    @Test
    void aRepealTakesEffectOnlyAfterItsVoteAndItsReview() {
        MotionId repealVote = SQUARE.motion(2);
        Object[] repealAdopted = concat(publishedV1(),
                                        new ConventionPutToVote(SQUARE, repealVote, VotePurpose.REPEAL, 1, null, null,
                                                                AT, Secrecy.NAMED, ZHOU, AT),
                                        new ConventionAdopted(SQUARE, repealVote, VotePurpose.REPEAL, 1, AT));
        fixture.given(repealAdopted)
               .when(new RepealConvention(SQUARE, LocalDate.of(2026, 9, 1), ZHOU, AT))
               .expectException(Rejection.class);
        fixture.given(concat(repealAdopted,
                             new ConventionSubmittedForReview(SQUARE, 2, VotePurpose.REPEAL, 1, null, ZHOU, AT),
                             new ConventionApproved(SQUARE, 2, null, WU, AT)))
               .when(new RepealConvention(SQUARE, LocalDate.of(2026, 9, 1), ZHOU, AT))
               .expectEvents(new ConventionRepealed(SQUARE, 1, LocalDate.of(2026, 9, 1), ZHOU, AT));
    }

    @Test
    void onlyAPublishedVersionIsFiled() {
        fixture.given(approved())
               .when(new FileConvention(SQUARE, 1, LocalDate.of(2026, 6, 2), "街道办事处", "备〔2026〕1号", ZHOU, AT))
               .expectException(Rejection.class);
    }

    @Test
    void aConventionsVoteMapsBackFromItsMotionIdAndOtherMotionsDoNot() {
        assertThat(ConventionId.ofMotion(new ConventionId("a-b-c").motion(3))).contains(new ConventionId("a-b-c"));
        assertThat(ConventionId.ofMotion(new MotionId("convention-x-y"))).isEmpty();
        assertThat(ConventionId.ofMotion(new MotionId("square-hours"))).isEmpty();
    }
}
