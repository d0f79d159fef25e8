package org.yishi.query.meetingboard;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.motion.BallotCast;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.session.AgendaItemClosed;
import org.yishi.command.api.session.AgendaItemStarted;
import org.yishi.command.api.session.FloorGiven;
import org.yishi.command.api.session.FloorRequested;
import org.yishi.command.api.session.ParticipantLeft;
import org.yishi.command.api.session.PositionRecorded;
import org.yishi.command.api.session.QuorumLost;
import org.yishi.command.api.session.QuorumReached;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.api.session.SessionOpened;
import org.yishi.command.api.session.SessionScheduled;
import org.yishi.command.api.session.Stance;
import org.yishi.query.api.meetingboard.BoardSections;
import org.yishi.query.api.meetingboard.BoardUpdate;
import org.yishi.query.api.meetingboard.BoardUpdates;
import org.yishi.query.api.meetingboard.FindBoardUpdates;
import org.yishi.query.api.meetingboard.FindSessionBoard;
import org.yishi.query.api.meetingboard.PositionReason;
import org.yishi.query.api.meetingboard.Presence;
import org.yishi.query.api.meetingboard.SessionBoard;
import org.yishi.query.api.meetingboard.Speaker;
import org.yishi.query.api.meetingboard.Vote;
import org.yishi.query.api.motions.Wording;
import org.yishi.query.personnames.EmbeddedStore;
import org.yishi.query.sessiontesting.DeliberationDay;
import org.yishi.query.sessiontesting.DeliberationDay.Positioned;
import org.yishi.query.sessiontesting.Projected;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.yishi.query.sessiontesting.DeliberationDay.CHEN;
import static org.yishi.query.sessiontesting.DeliberationDay.JINYUAN;
import static org.yishi.query.sessiontesting.DeliberationDay.LI;
import static org.yishi.query.sessiontesting.DeliberationDay.MEETING;
import static org.yishi.query.sessiontesting.DeliberationDay.SQUARE;
import static org.yishi.query.sessiontesting.DeliberationDay.SQUARE_VOTE;
import static org.yishi.query.sessiontesting.DeliberationDay.STALLS;
import static org.yishi.query.sessiontesting.DeliberationDay.WANG;
import static org.yishi.query.sessiontesting.DeliberationDay.ZHANG;
import static org.yishi.query.sessiontesting.DeliberationDay.at;

class MeetingBoardProjectionTest {

    @TempDir
    Path directory;
    EmbeddedStore store;
    MeetingBoardProjection projection;
    Projected handlers;

    @BeforeEach
    void open() {
        store = new EmbeddedStore(directory);
        projection = new MeetingBoardProjection(store.database());
        handlers = new Projected(projection);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void given(List<Positioned> events) {
        events.forEach(handlers::event);
    }

    private SessionBoard board() {
        return projection.handle(new FindSessionBoard(MEETING.value())).orElseThrow();
    }

    private List<BoardUpdate> allUpdates() {
        BoardUpdates answer = projection.handle(new FindBoardUpdates(List.of(MEETING.value()), -1, 10_000));
        assertThat(answer.complete()).isTrue();
        return answer.updates();
    }

    private static BoardSections fold(List<BoardUpdate> updates) {
        BoardSections folded = new BoardSections(null, null, null, null, null, null);
        for (BoardUpdate update : updates) {
            folded = folded.then(update.changed());
        }
        return folded;
    }

    @Test
    void afterEveryEventOfADayTheBoardIsWhatFoldingItsUpdatesInOrderGives() {
        for (Positioned event : DeliberationDay.withVote()) {
            handlers.event(event);
            if (projection.handle(new FindSessionBoard(MEETING.value())).isEmpty()) {
                continue;
            }
            List<BoardUpdate> updates = allUpdates();

            assertThat(fold(updates)).as("after position %d", event.position()).isEqualTo(board().sections());
            assertThat(updates.get(updates.size() - 1).position()).isLessThanOrEqualTo(board().position());
            assertThat(updates).extracting(BoardUpdate::position).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void replayingTheWholeDayAgainAddsNoUpdateAndLeavesTheSameBoard() {
        given(DeliberationDay.withVote());
        SessionBoard board = board();
        List<BoardUpdate> updates = allUpdates();

        given(DeliberationDay.withVote());

        assertThat(board()).isEqualTo(board);
        assertThat(allUpdates()).isEqualTo(updates);
    }

    @Test
    void anUpdateCarriesOnlyTheSectionsItsEventChangedWithItsPositionAndTimestamp() {
        List<Positioned> events = DeliberationDay.until(FloorRequested.class, 1);
        given(events);
        Positioned request = events.get(events.size() - 1);

        BoardUpdate update = allUpdates().get(allUpdates().size() - 1);

        assertThat(update.position()).isEqualTo(request.position());
        assertThat(update.at()).isEqualTo(request.appendedAt());
        assertThat(update.changed().header()).isNull();
        assertThat(update.changed().agenda()).isNull();
        assertThat(update.changed().presence()).isNull();
        assertThat(update.changed().positions()).isNull();
        assertThat(update.changed().speakers().waiting()).extracting(Speaker::name).containsExactly("张阿姨");
    }

    @Test
    void anEventThatChangesNothingOnTheBoardLeavesNoUpdateButMovesTheBoardsPosition() {
        List<Positioned> events = DeliberationDay.until(QuorumReached.class, 1);
        long opened = events.get(events.size() - 2).position();
        long quorum = events.get(events.size() - 1).position();

        given(events);

        assertThat(allUpdates().get(allUpdates().size() - 1).position()).isEqualTo(opened);
        assertThat(board().position()).isEqualTo(quorum);
    }

    @Test
    void theHeaderShowsTheSessionItsRulesAndTheModeratorByName() {
        given(DeliberationDay.until(SessionOpened.class, 1));

        var header = board().sections().header();

        assertThat(header.title()).isEqualTo("五月居民会议");
        assertThat(header.status()).isEqualTo("OPEN");
        assertThat(header.kind()).isEqualTo("RESIDENTS_MEETING");
        assertThat(header.format()).isEqualTo("HYBRID");
        assertThat(header.moderatorName()).isEqualTo("王委员");
        assertThat(header.publicBoard()).isTrue();
        assertThat(header.agendaPublished()).isTrue();
        assertThat(header.electorate()).isEqualTo("ADULT_RESIDENTS");
        assertThat(header.quorumRule()).isEqualTo("过半数 / more than half");
        assertThat(header.openedAt()).isEqualTo(at(13));
        assertThat(header.closedAt()).isNull();
    }

    @Test
    void aConsultationHasNoQuorumRule() {
        handlers.event(new SessionScheduled(MEETING, JINYUAN, SessionKind.DELIBERATION_DAY, "党群议事日", at(0), "广场",
                                            org.yishi.command.api.session.Format.IN_ROOM, WANG, Set.of(), "123456",
                                            120, true, RuleSet.defaultFor(SessionKind.DELIBERATION_DAY), 5, 0, WANG,
                                            at(0)), 1, at(0));

        assertThat(board().sections().header().quorumRule()).isNull();
        assertThat(board().sections().presence().required()).isZero();
    }

    @Test
    void theWholeDayEndsClosedWithBothItemsAndTheirOutcomesInOrder() {
        given(DeliberationDay.events());

        BoardSections board = board().sections();

        assertThat(board.header().status()).isEqualTo("CLOSED");
        assertThat(board.header().closedAt()).isEqualTo(at(907));
        assertThat(board.agenda().currentItemId()).isNull();
        assertThat(board.agenda().items())
                .extracting(item -> item.itemId(), item -> item.status(), item -> item.outcome(),
                            item -> item.speakingSeconds())
                .containsExactly(tuple(SQUARE.value(), "CLOSED", "RECOMMENDATION", 180),
                                 tuple(STALLS.value(), "CLOSED", "DEFERRED", 120));
        assertThat(board.agenda().items().get(0).outcomeText()).isEqualTo("成立广场治理监督小组");
        assertThat(board.speakers().current()).isNull();
        assertThat(board.speakers().waiting()).isEmpty();
    }

    @Test
    void presenceCountsEveryoneCheckedInAndHowAndFollowsTheQuorum() {
        given(DeliberationDay.until(QuorumLost.class, 1));

        assertThat(board().sections().presence()).isEqualTo(new Presence("ADULT_RESIDENTS", 5, 2, 3, false, 3, 2, 1));

        given(DeliberationDay.events());

        assertThat(board().sections().presence()).isEqualTo(new Presence("ADULT_RESIDENTS", 5, 3, 3, true, 4, 3, 1));
    }

    @Test
    void theSpeakersListShowsTheCurrentSpeakerWithTheTurnsEndAndWhoWaitsInOrder() {
        given(DeliberationDay.until(FloorGiven.class, 2));

        var speakers = board().sections().speakers();

        assertThat(speakers.current()).isEqualTo(new Speaker(CHEN.value(), "陈大爷", at(200), at(380), true,
                                                             "年长者优先"));
        assertThat(speakers.waiting()).extracting(Speaker::personId, Speaker::since)
                                      .containsExactly(tuple(LI.value(), at(16)));
    }

    @Test
    void closingAnItemClearsTheSpeakersList() {
        given(DeliberationDay.until(FloorRequested.class, 4));
        assertThat(board().sections().speakers().waiting()).hasSize(1);

        given(DeliberationDay.until(AgendaItemClosed.class, 2));

        assertThat(board().sections().speakers().waiting()).isEmpty();
    }

    @Test
    void eachPersonCountsOnceWithTheirLatestStanceAndOnlyTheirLatestReasonShows() {
        given(DeliberationDay.until(PositionRecorded.class, 4));

        var positions = board().sections().positions();

        assertThat(positions.itemId()).isEqualTo(SQUARE.value());
        assertThat(positions.support()).isEqualTo(2);
        assertThat(positions.oppose()).isZero();
        assertThat(positions.concern()).isEqualTo(1);
        assertThat(positions.latest()).extracting(PositionReason::name, PositionReason::stance)
                                       .containsExactly(tuple("陈大爷", "SUPPORT"), tuple("李师傅", "SUPPORT"));
    }

    @Test
    void theLatestTenReasonsShowNewestFirst() {
        given(DeliberationDay.until(AgendaItemStarted.class, 1));
        for (int i = 0; i < 12; i++) {
            handlers.event(new PositionRecorded(MEETING, SQUARE, new PersonId("p" + i), Stance.SUPPORT, "理由" + i,
                                                at(100 + i)), 1_000 + i, at(100 + i));
        }

        var positions = board().sections().positions();

        assertThat(positions.support()).isEqualTo(12);
        assertThat(positions.latest()).extracting(PositionReason::reason)
                                       .containsExactly("理由11", "理由10", "理由9", "理由8", "理由7", "理由6", "理由5",
                                                        "理由4", "理由3", "理由2");
    }

    @Test
    void startingAnItemShowsItsPositionsAfreshWhileTheLastItemsStayUntilThen() {
        given(DeliberationDay.until(AgendaItemClosed.class, 1));
        assertThat(board().sections().positions().itemId()).isEqualTo(SQUARE.value());
        assertThat(board().sections().positions().support()).isEqualTo(2);

        given(DeliberationDay.until(AgendaItemStarted.class, 2));

        assertThat(board().sections().positions()).satisfies(positions -> {
            assertThat(positions.itemId()).isEqualTo(STALLS.value());
            assertThat(positions.support() + positions.oppose() + positions.concern()).isZero();
            assertThat(positions.latest()).isEmpty();
        });
        assertThat(board().sections().agenda().currentItemId()).isEqualTo(STALLS.value());
    }

    @Test
    void namesRegisteredAfterTheSessionsEventsShowWhenAsked() {
        List<Positioned> day = DeliberationDay.until(FloorRequested.class, 1);
        day.stream().filter(event -> event.event() instanceof SessionScheduled
                                     || !(event.event() instanceof org.yishi.command.api.community.MemberRegistered))
           .forEach(handlers::event);
        assertThat(board().sections().speakers().waiting().get(0).name()).isEqualTo(ZHANG.value());

        day.forEach(handlers::event);

        assertThat(board().sections().speakers().waiting().get(0).name()).isEqualTo("张阿姨");
    }

    @Test
    void updatesAreFoundAfterAPositionAtMostTheLimitWithCompleteSayingWhetherThatWasAll() {
        given(DeliberationDay.events());
        List<BoardUpdate> all = allUpdates();
        long after = all.get(9).position();

        BoardUpdates five = projection.handle(new FindBoardUpdates(List.of(MEETING.value()), after, 5));
        BoardUpdates rest = projection.handle(new FindBoardUpdates(List.of(MEETING.value()), after, all.size() - 10));
        BoardUpdates none = projection.handle(new FindBoardUpdates(List.of(MEETING.value()),
                                                                   all.get(all.size() - 1).position(), 5));

        assertThat(five.updates()).isEqualTo(all.subList(10, 15));
        assertThat(five.complete()).isFalse();
        assertThat(rest.updates()).isEqualTo(all.subList(10, all.size()));
        assertThat(rest.complete()).isTrue();
        assertThat(none.updates()).isEmpty();
        assertThat(none.complete()).isTrue();
    }

    @Test
    void updatesOfSeveralSessionsComeInPositionOrderAndUnknownSessionsAreIgnored() {
        given(DeliberationDay.until(AgendaItemStarted.class, 1));
        handlers.event(new SessionScheduled(new org.yishi.command.api.session.SessionId("other"), JINYUAN,
                                            SessionKind.DELIBERATION_DAY, "另一场", at(0), "广场",
                                            org.yishi.command.api.session.Format.IN_ROOM, WANG, Set.of(), "654321",
                                            90, true, RuleSet.defaultFor(SessionKind.DELIBERATION_DAY), 5, 0, WANG,
                                            at(0)), 500, at(500));
        given(DeliberationDay.events());

        BoardUpdates both = projection.handle(new FindBoardUpdates(List.of("other", MEETING.value(), "nothing"), 140,
                                                                   100));

        assertThat(both.updates()).extracting(BoardUpdate::position).isSorted().contains(500L);
        assertThat(both.updates()).extracting(BoardUpdate::sessionId).contains("other", MEETING.value());
        assertThat(both.updates()).allSatisfy(update -> assertThat(update.position()).isGreaterThan(140));
        assertThat(both.complete()).isTrue();
    }

    @Test
    void aSessionsWholeHistoryIsFoundFromTheStart() {
        given(DeliberationDay.events());

        BoardUpdates fromStart = projection.handle(new FindBoardUpdates(List.of(MEETING.value()), -1, 3));

        assertThat(fromStart.updates()).extracting(BoardUpdate::position)
                                       .containsExactly(DeliberationDay.FIRST + 6, DeliberationDay.FIRST + 7,
                                                        DeliberationDay.FIRST + 8);
        assertThat(fromStart.updates().get(0).changed().header()).isNotNull();
        assertThat(fromStart.updates().get(0).changed().positions()).isNotNull();
        assertThat(fromStart.complete()).isFalse();
    }

    @Test
    void whileAVoteIsOpenTheBoardShowsItsQuestionRulesAndTurnoutButNoCounts() {
        given(DeliberationDay.until(DeliberationDay.withVote(), BallotCast.class, 4));

        Vote vote = board().sections().vote();

        assertThat(vote.motionId()).isEqualTo(SQUARE_VOTE.value());
        assertThat(vote.itemId()).isEqualTo(SQUARE.value());
        assertThat(vote.question()).isEqualTo("晚上九点后广场舞停止播放音乐");
        assertThat(vote.options()).extracting(Vote.VoteOption::key).containsExactly("YES", "NO", "ABSTAIN");
        assertThat(vote.method()).isEqualTo("YES_NO_ABSTAIN");
        assertThat(vote.secrecy()).isEqualTo("NAMED");
        assertThat(vote.unit()).isEqualTo("PERSON");
        assertThat(vote.changeable()).isTrue();
        assertThat(vote.rules()).extracting(Wording::english).contains("you can change your vote until the vote closes");
        assertThat(vote.eligible()).isEqualTo(3);
        assertThat(vote.turnout()).isEqualTo(3);
        assertThat(vote.status()).isEqualTo("OPEN");
        assertThat(vote.result()).isNull();
    }

    @Test
    void aChangedBallotDoesNotCountTwiceInTheTurnout() {
        List<Positioned> events = DeliberationDay.until(DeliberationDay.withVote(), BallotCast.class, 3);
        given(events);

        assertThat(board().sections().vote().turnout()).isEqualTo(2);
        assertThat(allUpdates()).extracting(BoardUpdate::position)
                                .doesNotContain(events.get(events.size() - 1).position());
    }

    @Test
    void whenTheVoteClosesTheBoardShowsTheTallyTheOutcomeAndTheRuleApplied() {
        given(DeliberationDay.until(DeliberationDay.withVote(), MotionClosed.class, 1));

        Vote vote = board().sections().vote();
        BoardUpdate close = allUpdates().get(allUpdates().size() - 1);

        assertThat(vote.status()).isEqualTo("CLOSED");
        assertThat(vote.result().outcome()).isEqualTo(ResultOutcome.PASSED);
        assertThat(vote.result().chosen()).isEqualTo("YES");
        assertThat(vote.result().tally().counts()).containsEntry("YES", 2).containsEntry("NO", 1);
        assertThat(vote.result().computation().base()).isEqualTo(3);
        assertThat(vote.result().ruleSet().version()).isEqualTo(2);
        assertThat(vote.result().explanation().chinese()).isEqualTo("赞成 2 票，出席人数 3，需超过二分之一：通过");
        assertThat(close.changed().vote()).isEqualTo(vote);
        assertThat(close.changed().speakers()).isNull();
    }

    @Test
    void aBoardWithoutAMotionHasNoVoteSection() {
        given(DeliberationDay.events());

        assertThat(board().sections().vote()).isNull();
    }

    @Test
    void anUnknownSessionHasNoBoardAndAResetForgetsEveryBoard() {
        given(DeliberationDay.until(ParticipantLeft.class, 1));
        assertThat(projection.handle(new FindSessionBoard("nothing"))).isEmpty();

        projection.reset();

        assertThat(projection.handle(new FindSessionBoard(MEETING.value()))).isEmpty();
        assertThat(projection.handle(new FindBoardUpdates(List.of(MEETING.value()), -1, 10)).updates()).isEmpty();
    }
}
