package org.yishi.command.convention;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.convention.*;
import org.yishi.command.api.decision.Visibility;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.authz.AuthorizationMatrix;
import org.yishi.command.authz.AuthorizationMatrix.Row;
import org.yishi.command.authz.Cast;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.yishi.command.convention.ConventionTest.AT;
import static org.yishi.command.convention.ConventionTest.DANCING;
import static org.yishi.command.convention.ConventionTest.FIRST_VOTE;
import static org.yishi.command.convention.ConventionTest.NINE;
import static org.yishi.command.convention.ConventionTest.NOTICE_ENDS;
import static org.yishi.command.convention.ConventionTest.SQUARE;
import static org.yishi.command.convention.ConventionTest.STALLS;
import static org.yishi.command.convention.ConventionTest.TOO_STRICT;
import static org.yishi.command.convention.ConventionTest.WU;
import static org.yishi.command.convention.ConventionTest.ZHOU;
import static org.yishi.command.convention.ConventionTest.approved;
import static org.yishi.command.convention.ConventionTest.concat;
import static org.yishi.command.convention.ConventionTest.noticeEndedWithAnObjection;
import static org.yishi.command.convention.ConventionTest.onNotice;
import static org.yishi.command.convention.ConventionTest.publishedV1;
import static org.yishi.command.convention.ConventionTest.twoClauses;

/**
 * The authorization matrix for every convention command a person sends (see {@link AuthorizationMatrix}), each after
 * a history in which it is valid for an allowed sender. An amendment's withdrawal and restatement are valid for the
 * resident holder, who proposed it.
 */
class ConventionAuthorizationMatrixTest {

    private static final PersonId RESIDENT = Cast.holder(Role.RESIDENT);

    private AggregateTestFixture<Convention> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Convention.class);
        fixture.registerInjectableResource(new Cast());
    }

    private static Object[] amendmentBy(PersonId proposer) {
        return concat(twoClauses(), new AmendmentProposed(SQUARE, NINE, AmendmentKind.REWORD, DANCING, null,
                                                          "广场舞每晚九点前结束。", "老人睡得早", "广场舞每晚十点前结束。",
                                                          proposer, AT));
    }

    private static Object[] answered() {
        return concat(noticeEndedWithAnObjection(), new ObjectionAnswered(SQUARE, TOO_STRICT, "消防通道不能占用", ZHOU, AT));
    }

    private static Object[] adopted() {
        return concat(answered(),
                      new ConventionPutToVote(SQUARE, FIRST_VOTE, VotePurpose.ADOPTION, 1, null, null,
                                              NOTICE_ENDS.plus(Duration.ofDays(3)), Secrecy.NAMED, ZHOU, AT),
                      new ConventionAdopted(SQUARE, FIRST_VOTE, VotePurpose.ADOPTION, 1, AT));
    }

    private static Object[] inReview() {
        return concat(adopted(), new ConventionSubmittedForReview(SQUARE, 1, VotePurpose.ADOPTION, 1, null, ZHOU, AT));
    }

    private static Object[] repealApproved() {
        MotionId repealVote = SQUARE.motion(2);
        return concat(publishedV1(),
                      new ConventionPutToVote(SQUARE, repealVote, VotePurpose.REPEAL, 1, null, null, AT,
                                              Secrecy.NAMED, ZHOU, AT),
                      new ConventionAdopted(SQUARE, repealVote, VotePurpose.REPEAL, 1, AT),
                      new ConventionSubmittedForReview(SQUARE, 2, VotePurpose.REPEAL, 1, null, ZHOU, AT),
                      new ConventionApproved(SQUARE, 2, null, WU, AT));
    }

    private record Case(List<Object> given, Row row) {
        @Override
        public String toString() {
            return row.toString();
        }
    }

    private static Stream<Case> cases(Class<?> type, Object[] given, Function<PersonId, ?> command) {
        return AuthorizationMatrix.rows(type, command).map(row -> new Case(List.of(given), row));
    }

    static Stream<Arguments> matrix() {
        return Stream.of(
                cases(DraftConvention.class, new Object[0],
                      actor -> new DraftConvention(SQUARE, Cast.HOME, "锦苑广场公约", "为维护广场秩序，共同约定如下。", Set.of(),
                                                   null, actor, AT)),
                cases(ReviseConventionHeading.class, twoClauses(),
                      actor -> new ReviseConventionHeading(SQUARE, "锦苑广场文明公约", "为维护广场秩序，共同约定如下。",
                                                           "标题更明确", actor, AT)),
                cases(AddClause.class, twoClauses(),
                      actor -> new AddClause(SQUARE, new ClauseId("litter"), null, "活动后清理垃圾。", DANCING, "保持整洁",
                                             actor, AT)),
                cases(EditClause.class, twoClauses(),
                      actor -> new EditClause(SQUARE, DANCING, null, "广场舞每晚九点前结束。", "老人睡得早", actor, AT)),
                cases(RemoveClause.class, twoClauses(),
                      actor -> new RemoveClause(SQUARE, STALLS, "并入物业管理规定", actor, AT)),
                cases(ReorderClauses.class, twoClauses(),
                      actor -> new ReorderClauses(SQUARE, List.of(STALLS, DANCING), "消防要求放在前面", actor, AT)),
                cases(CommentOnClause.class, twoClauses(),
                      actor -> new CommentOnClause(SQUARE, new CommentId("c-1"), DANCING, null, "十点太晚了", actor, AT)),
                cases(ProposeAmendment.class, twoClauses(),
                      actor -> new ProposeAmendment(SQUARE, NINE, AmendmentKind.REWORD, DANCING, null,
                                                    "广场舞每晚九点前结束。", "老人睡得早", actor, AT)),
                cases(SupportAmendment.class, amendmentBy(Cast.PLAIN_MEMBER),
                      actor -> new SupportAmendment(SQUARE, NINE, actor, AT)),
                cases(WithdrawAmendment.class, amendmentBy(RESIDENT),
                      actor -> new WithdrawAmendment(SQUARE, NINE, actor, AT)),
                cases(RebaseAmendment.class, amendmentBy(RESIDENT),
                      actor -> new RebaseAmendment(SQUARE, NINE, "广场舞每晚九点半前结束。", "折中一下", actor, AT)),
                cases(AcceptAmendment.class, amendmentBy(Cast.PLAIN_MEMBER),
                      actor -> new AcceptAmendment(SQUARE, NINE, null, actor, AT)),
                cases(RejectAmendment.class, amendmentBy(Cast.PLAIN_MEMBER),
                      actor -> new RejectAmendment(SQUARE, NINE, "与夏季作息不符", actor, AT)),
                cases(PutOnPublicNotice.class, twoClauses(),
                      actor -> new PutOnPublicNotice(SQUARE, null, actor, AT)),
                cases(LodgeObjection.class, onNotice(),
                      actor -> new LodgeObjection(SQUARE, TOO_STRICT, STALLS, "对小商户太严", actor, AT)),
                cases(AnswerObjection.class, noticeEndedWithAnObjection(),
                      actor -> new AnswerObjection(SQUARE, TOO_STRICT, "消防通道不能占用", actor, AT)),
                cases(PutConventionToVote.class, answered(),
                      actor -> new PutConventionToVote(SQUARE, FIRST_VOTE, VotePurpose.ADOPTION, null, null,
                                                       NOTICE_ENDS.plus(Duration.ofDays(3)), Secrecy.NAMED, actor, AT)),
                cases(SubmitConventionForReview.class, adopted(),
                      actor -> new SubmitConventionForReview(SQUARE, null, actor, AT)),
                cases(ApproveConvention.class, inReview(),
                      actor -> new ApproveConvention(SQUARE, null, actor, AT)),
                cases(ReturnConvention.class, inReview(),
                      actor -> new ReturnConvention(SQUARE, "请写明摊位的具体位置", actor, AT)),
                cases(PublishConvention.class, approved(),
                      actor -> new PublishConvention(SQUARE, LocalDate.of(2026, 6, 1), Visibility.PUBLIC, actor, AT)),
                cases(RepealConvention.class, repealApproved(),
                      actor -> new RepealConvention(SQUARE, LocalDate.of(2026, 9, 1), actor, AT)),
                cases(FileConvention.class, publishedV1(),
                      actor -> new FileConvention(SQUARE, 1, LocalDate.of(2026, 6, 2), "街道办事处", "备〔2026〕1号",
                                                  actor, AT)),
                cases(StartAmending.class, publishedV1(),
                      actor -> new StartAmending(SQUARE, "夏季延长", actor, AT)),
                cases(RecordPatrolCheck.class, publishedV1(),
                      actor -> new RecordPatrolCheck(SQUARE, new PatrolCheckId("evening"), DANCING,
                                                     LocalDate.of(2026, 6, 3), "21:10仍有音乐", "已提醒领队", actor, AT))
        ).flatMap(s -> s).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void onlyTheRolesInTheMatrixPass(Case c) {
        AuthorizationMatrix.check(fixture, c.given(), c.row());
    }

    static Stream<Object> theProposersOwnCommands() {
        return Stream.of(new WithdrawAmendment(SQUARE, NINE, Cast.OTHER_COMMUNITY, AT),
                         new RebaseAmendment(SQUARE, NINE, "广场舞每晚九点半前结束。", "折中一下", Cast.OTHER_COMMUNITY, AT));
    }

    /** Someone who proposed an amendment and has since left the community (here: belongs only to another one). */
    @ParameterizedTest
    @MethodSource("theProposersOwnCommands")
    void aProposerWhoIsNoLongerAMemberMayNotWithdrawOrRestateTheAmendment(Object command) {
        fixture.given(List.of(amendmentBy(Cast.OTHER_COMMUNITY)))
               .when(command)
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aModeratorPutsTheConventionToTheVoteOfTheSessionTheyRun() {
        fixture.given(List.of(answered()))
               .when(new PutConventionToVote(SQUARE, FIRST_VOTE, VotePurpose.ADOPTION,
                                             new org.yishi.command.api.session.SessionId("day-0601"),
                                             new org.yishi.command.api.session.AgendaItemId("convention"),
                                             null, Secrecy.NAMED, Cast.holder(Role.MODERATOR), AT))
               .expectSuccessfulHandlerExecution();
    }
}
