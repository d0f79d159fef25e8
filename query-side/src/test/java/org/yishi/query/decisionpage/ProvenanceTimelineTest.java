package org.yishi.query.decisionpage;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.EventMetadata;
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
import org.yishi.command.api.decision.DecisionSubmittedForReview;
import org.yishi.command.api.decision.FollowUpActionAdded;
import org.yishi.command.api.decision.ImplementationRated;
import org.yishi.command.api.decision.ProgressReported;
import org.yishi.command.api.decision.SupervisionCheckRecorded;
import org.yishi.command.api.decision.Visibility;
import org.yishi.command.api.motion.BallotsUnsealed;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.MotionOption;
import org.yishi.command.api.motion.SealedBallot;
import org.yishi.command.api.motion.Tally;
import org.yishi.command.api.motion.VoteRecorded;
import org.yishi.command.api.motion.Voter;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.Destination;
import org.yishi.command.api.proposal.ProposalAccepted;
import org.yishi.command.api.proposal.ProposalCoSigned;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.proposal.ProposalSubmitted;
import org.yishi.command.api.session.AgendaItemClosed;
import org.yishi.query.api.decisions.DecisionPage;
import org.yishi.query.api.decisions.FindDecision;
import org.yishi.query.api.decisions.ProvenanceEntry;
import org.yishi.query.api.decisions.ProvenanceStage;
import org.yishi.query.api.proposals.Person;
import org.yishi.query.minutes.MinutesProjection;
import org.yishi.query.motiontesting.Votes;
import org.yishi.query.personnames.EmbeddedStore;
import org.yishi.query.proposaldetail.ProposalDetailProjection;
import org.yishi.query.sessiontesting.DeliberationDay;
import org.yishi.query.storetesting.StoredEvents;
import org.yishi.query.tally.TallyProjection;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.yishi.query.sessiontesting.DeliberationDay.CHEN;
import static org.yishi.query.sessiontesting.DeliberationDay.JINYUAN;
import static org.yishi.query.sessiontesting.DeliberationDay.LI;
import static org.yishi.query.sessiontesting.DeliberationDay.MEETING;
import static org.yishi.query.sessiontesting.DeliberationDay.SQUARE;
import static org.yishi.query.sessiontesting.DeliberationDay.WANG;
import static org.yishi.query.sessiontesting.DeliberationDay.ZHANG;
import static org.yishi.query.sessiontesting.DeliberationDay.at;

/**
 * A decision's timeline from the stored events of a whole day at 锦苑: the proposal co-signed and accepted, the
 * session and its square item, a secret vote in which 钱奶奶, who does nothing else that day, casts a ballot and
 * changes it, and the decision's review, publication, follow-up and rating.
 */
class ProvenanceTimelineTest {

    static final DecisionId DECISION = new DecisionId("decision-square");
    static final ProposalId PROPOSAL = new ProposalId("square");
    static final MotionId SECRET_VOTE = new MotionId("motion-square-secret");
    static final PersonId QIAN = new PersonId("p-qian");
    static final PersonId SUN = new PersonId("p-sun");
    static final ActionId METER = new ActionId("action-meter");
    static final Instant T = Instant.parse("2026-05-10T02:00:00Z");

    @TempDir
    Path directory;
    EmbeddedStore store;
    StoredEvents events;
    DecisionPageProjection projection;
    final Map<Long, String> stored = new HashMap<>();

    @BeforeEach
    void aWholeDayStored() {
        store = new EmbeddedStore(directory);
        events = new StoredEvents(store.database());
        List<Object> day = new ArrayList<>();
        day.add(new ProposalSubmitted(PROPOSAL, JINYUAN, "广场舞噪音", "晚上九点后仍有音乐", Category.NOISE, null, ZHANG,
                                      at(-900)));
        day.add(new ProposalCoSigned(PROPOSAL, LI, at(-800)));
        day.add(new ProposalCoSigned(PROPOSAL, CHEN, at(-700)));
        day.add(new ProposalAccepted(PROPOSAL, Destination.DELIBERATION_DAY, null, "五月会议上议", WANG, at(-600)));
        day.add(new MemberRegistered(JINYUAN, QIAN, "钱奶奶", null, WANG));
        day.add(new MemberRegistered(JINYUAN, SUN, "老孙", null, WANG));
        List<DeliberationDay.Positioned> meeting = DeliberationDay.events();
        for (DeliberationDay.Positioned event : meeting) {
            if (event.event() instanceof AgendaItemClosed closed && closed.itemId().equals(SQUARE)) {
                day.addAll(secretVote());
            }
            day.add(event.event());
        }
        day.add(new DecisionRecorded(DECISION, JINYUAN, DecisionSource.MOTION, "广场舞时间约定", "晚上九点后停止播放音乐",
                                     PROPOSAL, MEETING, SQUARE, SECRET_VOTE, WANG, T));
        day.add(new DecisionSubmittedForReview(DECISION, 1, "广场舞时间约定", "晚上九点后停止播放音乐", "请审核", WANG,
                                               T.plusSeconds(60)));
        day.add(new DecisionReturned(DECISION, 1, "请写明周末是否例外", SUN, T.plusSeconds(3600)));
        day.add(new DecisionRevised(DECISION, 1, "广场舞时间约定", "每天晚上九点后停止播放音乐，周末同样适用",
                                    "按书记意见写明周末", WANG, T.plusSeconds(7200)));
        day.add(new DecisionSubmittedForReview(DECISION, 2, "广场舞时间约定", "每天晚上九点后停止播放音乐，周末同样适用",
                                               null, WANG, T.plusSeconds(7300)));
        day.add(new DecisionApproved(DECISION, 2, "同意", SUN, T.plusSeconds(9000)));
        day.add(new DecisionPublished(DECISION, Visibility.PUBLIC, WANG, T.plusSeconds(9100)));
        day.add(new FollowUpActionAdded(DECISION, METER, "安装分贝仪", "物业公司", LI, LocalDate.parse("2026-06-01"),
                                        WANG, T.plusSeconds(9200)));
        day.add(new ProgressReported(DECISION, METER, "已买好分贝仪", LI, T.plusSeconds(9300)));
        day.add(new ActionCompleted(DECISION, METER, "已安装", LI, T.plusSeconds(9400)));
        day.add(new SupervisionCheckRecorded(DECISION, METER, true, "九点后安静", WANG, T.plusSeconds(9500)));
        day.add(new ImplementationRated(DECISION, ZHANG, 5, "现在安静了", false, T.plusSeconds(9600)));
        for (int i = 0; i < day.size(); i++) {
            events.append(day.get(i), at(i));
        }
        for (TrackedEventMessage<?> event : events.tracked()) {
            stored.put(((Number) event.getMetaData().get(EventMetadata.GLOBAL_POSITION)).longValue(),
                       event.getPayloadType().getSimpleName());
        }

        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        ProposalDetailProjection proposals = new ProposalDetailProjection(store.database());
        MinutesProjection minutes = new MinutesProjection(store.database());
        TallyProjection tally = new TallyProjection(store.database());
        projection = new DecisionPageProjection(store.database(), new Provenances(
                DefaultQueryGateway.builder().queryBus(bus).build(), events.store()));
        for (Object screen : List.of(proposals, minutes, tally, projection)) {
            new AnnotationQueryHandlerAdapter<>(screen).subscribe(bus);
            events.project(screen);
        }
    }

    /** 张阿姨, 李师傅 and 陈大爷 vote, and 钱奶奶, who votes twice; the inner envelopes hold two yes and one no. */
    private static List<Object> secretVote() {
        List<Voter> roll = List.of(new Voter(ZHANG, null, false, null), new Voter(LI, null, false, null),
                                   new Voter(CHEN, null, false, null), new Voter(QIAN, null, false, null));
        SealedBallot sealed = new SealedBallot("bm9uY2U=", "c2VhbGVk");
        Tally tally = new Tally(Map.of(MotionOption.YES, 3, MotionOption.NO, 1, MotionOption.ABSTAIN, 0), 4, 4,
                                List.of());
        return List.of(
                Votes.opened(SECRET_VOTE, MEETING, SQUARE, "晚上九点后广场舞停止播放音乐", Votes.Setup.named().secret(),
                             roll, null, at(280)),
                new VoteRecorded(SECRET_VOTE, QIAN, null, sealed, false, "q1", at(281)),
                new VoteRecorded(SECRET_VOTE, ZHANG, null, sealed, false, "z1", at(282)),
                new VoteRecorded(SECRET_VOTE, LI, null, sealed, false, "l1", at(283)),
                new VoteRecorded(SECRET_VOTE, QIAN, null, sealed, true, "q2", at(284)),
                new VoteRecorded(SECRET_VOTE, CHEN, null, sealed, false, "c1", at(285)),
                new BallotsUnsealed(SECRET_VOTE, List.of(MotionOption.NO, MotionOption.YES, MotionOption.YES,
                                                         MotionOption.YES), List.of(), at(290)),
                Votes.closedYesNo(SECRET_VOTE, tally, 4, at(290)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<ProvenanceEntry> timeline() {
        DecisionPage page = projection.handle(new FindDecision(DECISION.value(), null, null)).orElseThrow();
        return page.provenance().timeline();
    }

    private static List<ProvenanceEntry> of(List<ProvenanceEntry> timeline, ProvenanceStage stage) {
        return timeline.stream().filter(entry -> entry.stage() == stage).toList();
    }

    private static String name(ProvenanceEntry entry) {
        return entry.actor() == null ? null : entry.actor().name();
    }

    @Test
    void everyEntryCitesTheGlobalPositionAndTypeOfTheStoredEventItComesFromOldestFirst() {
        List<ProvenanceEntry> timeline = timeline();

        assertThat(timeline).isNotEmpty().extracting(ProvenanceEntry::position).isSorted().doesNotHaveDuplicates();
        assertThat(timeline).allSatisfy(entry -> assertThat(entry.event()).isEqualTo(stored.get(entry.position())));
        assertThat(timeline).extracting(ProvenanceEntry::stage).containsSubsequence(
                ProvenanceStage.PROPOSAL, ProvenanceStage.SCREENING, ProvenanceStage.SESSION,
                ProvenanceStage.DELIBERATION, ProvenanceStage.VOTE, ProvenanceStage.DECISION, ProvenanceStage.REVIEW,
                ProvenanceStage.PUBLICATION, ProvenanceStage.FOLLOW_UP, ProvenanceStage.RATING);
    }

    @Test
    void theProposalItsCoSignersAndItsScreeningComeFirstWithWhoDidEach() {
        List<ProvenanceEntry> timeline = timeline();

        assertThat(of(timeline, ProvenanceStage.PROPOSAL))
                .extracting(ProvenanceEntry::event, ProvenanceTimelineTest::name, ProvenanceEntry::detail)
                .containsExactly(tuple("ProposalSubmitted", "张阿姨", "广场舞噪音"),
                                 tuple("ProposalCoSigned", "李师傅", null),
                                 tuple("ProposalCoSigned", "陈大爷", null));
        assertThat(of(timeline, ProvenanceStage.SCREENING)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(new Person(WANG.value(), "王委员"));
            assertThat(entry.what().chinese()).isEqualTo("受理：党群议事日");
            assertThat(entry.detail()).isEqualTo("五月会议上议");
        });
    }

    @Test
    void ofTheSessionOnlyItsOwnAgendaItemsSpeakersPositionsAndOutcomeAreShown() {
        List<ProvenanceEntry> timeline = timeline();

        assertThat(of(timeline, ProvenanceStage.SESSION)).extracting(ProvenanceEntry::event, ProvenanceEntry::detail)
                .containsExactly(tuple("SessionScheduled", "五月居民会议"), tuple("AgendaItemAdded", "广场舞噪音"),
                                 tuple("SessionOpened", null), tuple("SessionClosed", null));
        List<ProvenanceEntry> deliberation = of(timeline, ProvenanceStage.DELIBERATION);
        assertThat(deliberation).filteredOn(entry -> entry.event().equals("FloorGiven"))
                                .extracting(ProvenanceTimelineTest::name, ProvenanceEntry::detail)
                                .containsExactly(tuple("张阿姨", null), tuple("陈大爷", "年长者优先"),
                                                 tuple("李师傅", null));
        assertThat(deliberation).filteredOn(entry -> entry.event().equals("PositionRecorded"))
                                .extracting(ProvenanceTimelineTest::name, entry -> entry.what().english())
                                .containsExactly(tuple("李师傅", "stated a position: support"),
                                                 tuple("张阿姨", "stated a position: oppose"),
                                                 tuple("张阿姨", "stated a position: concern"),
                                                 tuple("陈大爷", "stated a position: support"));
        assertThat(deliberation).last().satisfies(entry -> {
            assertThat(entry.event()).isEqualTo("AgendaItemClosed");
            assertThat(entry.detail()).isEqualTo("成立广场治理监督小组");
        });
        assertThat(timeline).extracting(ProvenanceEntry::detail).doesNotContain("占道摆摊", "商户也要生计");
    }

    @Test
    void aSecretBallotShowsTurnoutAndTheCountWithTheRuleAppliedButNoVoter() throws Exception {
        List<ProvenanceEntry> timeline = timeline();
        List<ProvenanceEntry> vote = of(timeline, ProvenanceStage.VOTE);

        assertThat(vote).extracting(ProvenanceEntry::event, ProvenanceTimelineTest::name)
                        .containsExactly(tuple("MotionOpened", "王委员"), tuple("VoteRecorded", null),
                                         tuple("BallotsUnsealed", null), tuple("MotionClosed", "王委员"));
        ProvenanceEntry ballots = vote.get(1);
        assertThat(ballots.what().chinese()).isEqualTo("投出 5 张不记名选票，其中改票 1 次");
        assertThat(stored.get(ballots.through())).isEqualTo("VoteRecorded");
        assertThat(ballots.through() - ballots.position()).isEqualTo(4);
        assertThat(vote.get(0).detail()).isEqualTo("晚上九点后广场舞停止播放音乐");
        assertThat(vote.get(0).what().chinese()).contains("名单 4 票", "不记名投票");
        assertThat(vote.get(3).what().chinese())
                .isEqualTo("表决结束：赞成 3、反对 1、弃权 0；赞成 3 票，出席人数 4，需超过二分之一：通过（居民会议规则第 2 版）");
        // 钱奶奶 took part in nothing but the secret ballot: nothing in the timeline may name her
        String written = new ObjectMapper().findAndRegisterModules().writeValueAsString(timeline);
        assertThat(written).doesNotContain("钱奶奶").doesNotContain(QIAN.value());
    }

    @Test
    void theReviewRoundsPublicationFollowUpAndRatingsFollowWithTheirActorsButNoRater() {
        List<ProvenanceEntry> timeline = timeline();

        assertThat(timeline.stream().filter(entry -> entry.stage().compareTo(ProvenanceStage.DECISION) >= 0))
                .extracting(ProvenanceEntry::event, ProvenanceTimelineTest::name, ProvenanceEntry::detail)
                .containsExactly(tuple("DecisionRecorded", "王委员", "广场舞时间约定"),
                                 tuple("DecisionSubmittedForReview", "王委员", "请审核"),
                                 tuple("DecisionReturned", "老孙", "请写明周末是否例外"),
                                 tuple("DecisionRevised", "王委员", "按书记意见写明周末"),
                                 tuple("DecisionSubmittedForReview", "王委员", null),
                                 tuple("DecisionApproved", "老孙", "同意"),
                                 tuple("DecisionPublished", "王委员", null),
                                 tuple("FollowUpActionAdded", "王委员", "安装分贝仪"),
                                 tuple("ProgressReported", "李师傅", "已买好分贝仪"),
                                 tuple("ActionCompleted", "李师傅", "已安装"),
                                 tuple("SupervisionCheckRecorded", "王委员", "九点后安静"),
                                 tuple("ImplementationRated", null, "现在安静了"));
        assertThat(timeline).filteredOn(entry -> entry.event().equals("DecisionPublished")).singleElement()
                            .satisfies(entry -> assertThat(entry.what().english()).isEqualTo("published: everyone"));
    }
}
