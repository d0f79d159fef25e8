package org.yishi.query.decisionpage;

import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.decision.ActionCompleted;
import org.yishi.command.api.decision.ActionId;
import org.yishi.command.api.decision.DecisionApproved;
import org.yishi.command.api.decision.DecisionId;
import org.yishi.command.api.decision.DecisionPublished;
import org.yishi.command.api.decision.DecisionRecorded;
import org.yishi.command.api.decision.DecisionReturned;
import org.yishi.command.api.decision.DecisionRevised;
import org.yishi.command.api.decision.DecisionSource;
import org.yishi.command.api.decision.DecisionStatus;
import org.yishi.command.api.decision.DecisionSubmittedForReview;
import org.yishi.command.api.decision.FollowUpActionAdded;
import org.yishi.command.api.decision.ImplementationRated;
import org.yishi.command.api.decision.ProgressReported;
import org.yishi.command.api.decision.SupervisionCheckRecorded;
import org.yishi.command.api.decision.Visibility;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.ProposalCoSigned;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.proposal.ProposalSubmitted;
import org.yishi.query.api.decisions.DecisionPage;
import org.yishi.query.api.decisions.FindDecision;
import org.yishi.query.api.decisions.ReviewVerdict;
import org.yishi.query.api.minutes.Minutes;
import org.yishi.query.api.proposals.Person;
import org.yishi.query.minutes.MinutesProjection;
import org.yishi.query.personnames.EmbeddedStore;
import org.yishi.query.proposaldetail.ProposalDetailProjection;
import org.yishi.query.sessiontesting.DeliberationDay;
import org.yishi.query.sessiontesting.Projected;
import org.yishi.query.storetesting.StoredEvents;
import org.yishi.query.tally.TallyProjection;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.yishi.query.sessiontesting.DeliberationDay.CHEN;
import static org.yishi.query.sessiontesting.DeliberationDay.JINYUAN;
import static org.yishi.query.sessiontesting.DeliberationDay.LI;
import static org.yishi.query.sessiontesting.DeliberationDay.MEETING;
import static org.yishi.query.sessiontesting.DeliberationDay.SQUARE;
import static org.yishi.query.sessiontesting.DeliberationDay.SQUARE_VOTE;
import static org.yishi.query.sessiontesting.DeliberationDay.WANG;
import static org.yishi.query.sessiontesting.DeliberationDay.ZHANG;

class DecisionPageProjectionTest {

    static final DecisionId DECISION = new DecisionId("decision-square");
    static final PersonId SUN = new PersonId("p-sun");
    static final ActionId METER = new ActionId("action-meter");
    static final Instant T = Instant.parse("2026-05-10T02:00:00Z");

    @TempDir
    Path directory;
    EmbeddedStore store;
    DecisionPageProjection projection;
    Projected decisions;
    final List<Object> handed = new ArrayList<>();

    @BeforeEach
    void open() {
        store = new EmbeddedStore(directory);
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        ProposalDetailProjection proposals = new ProposalDetailProjection(store.database());
        MinutesProjection minutes = new MinutesProjection(store.database());
        TallyProjection tally = new TallyProjection(store.database());
        for (Object screen : List.of(proposals, minutes, tally)) {
            new AnnotationQueryHandlerAdapter<>(screen).subscribe(bus);
        }
        projection = new DecisionPageProjection(store.database(),
                                                new Provenances(DefaultQueryGateway.builder().queryBus(bus).build(),
                                                                new StoredEvents(store.database()).store()));
        decisions = new Projected(projection);
        Projected proposal = new Projected(proposals);
        proposal.event(new MemberRegistered(JINYUAN, ZHANG, "张阿姨", null, WANG), 1,
                       T);
        proposal.event(new MemberRegistered(JINYUAN, LI, "李师傅", null, WANG), 2, T);
        proposal.event(new ProposalSubmitted(new ProposalId("square"), JINYUAN, "广场舞噪音", "晚上九点后仍有音乐",
                                             Category.NOISE, null, ZHANG, T), 3, T);
        proposal.event(new ProposalCoSigned(new ProposalId("square"), LI, T), 4, T);
        Projected session = new Projected(minutes);
        Projected count = new Projected(tally);
        DeliberationDay.withVote().forEach(event -> {
            session.event(event);
            count.event(event);
            decisions.event(event);
        });
        given(new MemberRegistered(JINYUAN, SUN, "老孙", null, WANG));
        given(new DecisionRecorded(DECISION, JINYUAN, DecisionSource.MOTION, "广场舞时间约定", "晚上九点后停止播放音乐",
                                   new ProposalId("square"), MEETING, SQUARE, SQUARE_VOTE, WANG, T));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void given(Object event) {
        handed.add(event);
        decisions.event(event, 1_000 + handed.size(), T.plusSeconds(handed.size()));
    }

    private long positionOf(Object event) {
        return 1_000 + handed.indexOf(event) + 1;
    }

    private DecisionPage page(String viewer, LocalDate today) {
        return projection.handle(new FindDecision(DECISION.value(), viewer, today)).orElseThrow();
    }

    private void aReturnedRevisedAndApprovedDecision() {
        given(new DecisionSubmittedForReview(DECISION, 1, "广场舞时间约定", "晚上九点后停止播放音乐", "请审核", WANG, T));
        given(new DecisionReturned(DECISION, 1, "请写明周末是否例外", SUN, T.plusSeconds(3600)));
        given(new DecisionRevised(DECISION, 1, "广场舞时间约定", "每天晚上九点后停止播放音乐，周末同样适用", "按书记意见写明周末",
                                  WANG, T.plusSeconds(7200)));
        given(new DecisionSubmittedForReview(DECISION, 2, "广场舞时间约定", "每天晚上九点后停止播放音乐，周末同样适用", null,
                                             WANG, T.plusSeconds(7300)));
        given(new DecisionApproved(DECISION, 2, "同意", SUN, T.plusSeconds(9000)));
    }

    @Test
    void everyReviewRoundIsKeptWithTheWordingSubmittedTheVerdictTheCommentsWhoAndWhen() {
        aReturnedRevisedAndApprovedDecision();

        DecisionPage page = page(null, null);

        assertThat(page.status()).isEqualTo(DecisionStatus.APPROVED);
        assertThat(page.text()).isEqualTo("每天晚上九点后停止播放音乐，周末同样适用");
        assertThat(page.rounds()).extracting(DecisionPage.ReviewRound::round, DecisionPage.ReviewRound::text,
                                             DecisionPage.ReviewRound::verdict, DecisionPage.ReviewRound::comments,
                                             round -> round.reviewer().name())
                                 .containsExactly(tuple(1, "晚上九点后停止播放音乐", ReviewVerdict.RETURNED, "请写明周末是否例外",
                                                        "老孙"),
                                                  tuple(2, "每天晚上九点后停止播放音乐，周末同样适用", ReviewVerdict.APPROVED,
                                                        "同意", "老孙"));
        assertThat(page.rounds().get(0).submittedBy()).isEqualTo(new Person(WANG.value(), "王委员"));
        assertThat(page.rounds().get(0).decidedPosition()).isEqualTo(positionOf(handed.get(3)));
        assertThat(page.revisions()).singleElement().satisfies(revision -> {
            assertThat(revision.round()).isEqualTo(1);
            assertThat(revision.reason()).isEqualTo("按书记意见写明周末");
        });
        assertThat(page.visibility()).isNull();
        assertThat(page.publication()).isNull();
    }

    @Test
    void aPublishedDecisionSaysWhoMayReadIt() {
        aReturnedRevisedAndApprovedDecision();
        given(new DecisionPublished(DECISION, Visibility.PUBLIC, WANG, T.plusSeconds(10_000)));

        DecisionPage page = page(null, null);

        assertThat(page.status()).isEqualTo(DecisionStatus.PUBLISHED);
        assertThat(page.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(page.publication().by().name()).isEqualTo("王委员");
    }

    @Test
    void theProvenanceShowsTheProposalTheSessionItemAndTheMotionWithTheirPositions() {
        DecisionPage.Provenance provenance = page(null, null).provenance();

        assertThat(provenance.proposal().text().title()).isEqualTo("广场舞噪音");
        assertThat(provenance.proposal().proposer().name()).isEqualTo("张阿姨");
        assertThat(provenance.proposal().coSigners()).extracting(Person::name).containsExactly("李师傅");
        assertThat(provenance.proposal().position()).isEqualTo(4);
        assertThat(provenance.session().title()).isEqualTo("五月居民会议");
        Minutes.MinutesItem item = provenance.session().item();
        assertThat(item.title()).isEqualTo("广场舞噪音");
        assertThat(item.speakers()).extracting(Minutes.Turn::name).containsExactly("张阿姨", "陈大爷", "李师傅");
        assertThat(item.support()).isEqualTo(2);
        assertThat(item.outcomeText()).isEqualTo("成立广场治理监督小组");
        assertThat(provenance.motion().question()).isEqualTo("晚上九点后广场舞停止播放音乐");
        assertThat(provenance.motion().result().outcome()).isEqualTo(ResultOutcome.PASSED);
        assertThat(provenance.motion().result().tally().counts()).containsEntry("YES", 2);
        assertThat(provenance.motion().result().ruleSet().version()).isEqualTo(2);
        assertThat(provenance.motion().position()).isPositive();
    }

    @Test
    void aFollowUpActionIsOverdueOnlyWhenNotCompletedAndDueBeforeTheAskedDay() {
        aReturnedRevisedAndApprovedDecision();
        given(new DecisionPublished(DECISION, Visibility.COMMUNITY, WANG, T.plusSeconds(10_000)));
        given(new FollowUpActionAdded(DECISION, METER, "安装分贝仪", "物业公司", CHEN, LocalDate.parse("2026-06-01"), WANG,
                                      T.plusSeconds(10_100)));
        given(new ProgressReported(DECISION, METER, "已采购", CHEN, T.plusSeconds(10_200)));
        given(new SupervisionCheckRecorded(DECISION, METER, false, "尚未安装", WANG, T.plusSeconds(10_300)));

        DecisionPage.FollowUp before = page(null, LocalDate.parse("2026-06-01")).actions().get(0);
        DecisionPage.FollowUp after = page(null, LocalDate.parse("2026-06-02")).actions().get(0);

        assertThat(before.overdue()).isFalse();
        assertThat(after.overdue()).isTrue();
        assertThat(after.reporter().name()).isEqualTo("陈大爷");
        assertThat(after.progress()).extracting(DecisionPage.Report::text).containsExactly("已采购");
        assertThat(after.checks()).extracting(DecisionPage.Check::finding).containsExactly("尚未安装");

        given(new ActionCompleted(DECISION, METER, "已安装", CHEN, T.plusSeconds(10_400)));

        assertThat(page(null, LocalDate.parse("2026-06-02")).actions().get(0).overdue()).isFalse();
        assertThat(page(null, LocalDate.parse("2026-06-02")).actions().get(0).completion().text()).isEqualTo("已安装");
    }

    @Test
    void eachPersonsLatestRatingCountsAndTheViewerSeesTheirOwn() {
        given(new ImplementationRated(DECISION, ZHANG, 2, "还是吵", false, T));
        given(new ImplementationRated(DECISION, LI, 5, null, false, T));
        given(new ImplementationRated(DECISION, ZHANG, 4, "好多了", true, T));

        DecisionPage.Ratings ratings = page(ZHANG.value(), null).ratings();

        assertThat(ratings.count()).isEqualTo(2);
        assertThat(ratings.average()).isEqualTo(4.5);
        assertThat(ratings.mine().stars()).isEqualTo(4);
        assertThat(ratings.comments()).extracting(DecisionPage.Rating::comment).containsExactly("好多了");
        assertThat(page(null, null).ratings().mine()).isNull();
    }

    @Test
    void replayingEveryEventChangesNothingOnThePage() {
        aReturnedRevisedAndApprovedDecision();
        given(new ImplementationRated(DECISION, ZHANG, 2, "还是吵", false, T));
        DecisionPage before = page(ZHANG.value(), LocalDate.parse("2026-06-02"));

        for (int i = 0; i < handed.size(); i++) {
            decisions.event(handed.get(i), 1_000 + i + 1, T);
        }

        assertThat(page(ZHANG.value(), LocalDate.parse("2026-06-02"))).isEqualTo(before);
    }

    @Test
    void anUnknownDecisionIsNotFoundAndAResetForgetsEveryDecision() {
        assertThat(projection.handle(new FindDecision("nothing", null, null))).isEmpty();

        projection.reset();

        assertThat(projection.handle(new FindDecision(DECISION.value(), null, null))).isEmpty();
    }
}
