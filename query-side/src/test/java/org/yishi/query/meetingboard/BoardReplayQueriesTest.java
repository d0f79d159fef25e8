package org.yishi.query.meetingboard;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.EventMetadata;
import org.yishi.command.api.session.MinutesNoteAdded;
import org.yishi.query.api.meetingboard.BoardReplay;
import org.yishi.query.api.meetingboard.BoardSections;
import org.yishi.query.api.meetingboard.BoardUpdate;
import org.yishi.query.api.meetingboard.FindBoardAt;
import org.yishi.query.api.meetingboard.FindBoardReplay;
import org.yishi.query.api.meetingboard.FindBoardUpdates;
import org.yishi.query.api.meetingboard.FindSessionBoard;
import org.yishi.query.api.meetingboard.SessionBoard;
import org.yishi.query.personnames.EmbeddedStore;
import org.yishi.query.sessiontesting.DeliberationDay;
import org.yishi.query.sessiontesting.DeliberationDay.Positioned;
import org.yishi.query.storetesting.StoredEvents;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yishi.query.sessiontesting.DeliberationDay.MEETING;

class BoardReplayQueriesTest {

    @TempDir
    Path directory;
    EmbeddedStore store;
    StoredEvents events;
    MeetingBoardProjection projection;
    BoardReplayQueries replays;

    @BeforeEach
    void open() {
        store = new EmbeddedStore(directory);
        events = new StoredEvents(store.database());
        projection = new MeetingBoardProjection(store.database());
        replays = new BoardReplayQueries(store.database(), events.store());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void stored(List<Positioned> day) {
        day.forEach(event -> events.append(event.event(), event.appendedAt()));
    }

    private BoardReplay replay() {
        return replays.handle(new FindBoardReplay(MEETING.value())).orElseThrow();
    }

    private static BoardSections fold(List<BoardReplay.Step> steps, long upTo) {
        BoardSections folded = new BoardSections(null, null, null, null, null, null);
        for (BoardReplay.Step step : steps) {
            if (step.position() <= upTo) {
                folded = folded.then(step.changed());
            }
        }
        return folded;
    }

    @Test
    void afterEveryEventOfADayTheBoardRebuiltFromTheStoreIsTheLiveBoardAfterTheSameEvents() {
        stored(DeliberationDay.withVote());
        AnnotationEventHandlerAdapter live = new AnnotationEventHandlerAdapter(projection);
        int compared = 0;

        for (TrackedEventMessage<?> event : events.tracked()) {
            StoredEvents.handle(live, event);
            long position = ((Number) event.getMetaData().get(EventMetadata.GLOBAL_POSITION)).longValue();
            Optional<SessionBoard> board = projection.handle(new FindSessionBoard(MEETING.value()));
            Optional<SessionBoard> rebuilt = replays.handle(new FindBoardAt(MEETING.value(), position));

            assertThat(rebuilt).as("after position %d", position).isEqualTo(board);
            compared += board.isPresent() ? 1 : 0;
        }
        BoardReplay replay = replay();
        for (BoardReplay.Step step : replay.steps()) {
            assertThat(fold(replay.steps(), step.position())).as("stepping to %d", step.position())
                    .isEqualTo(replays.handle(new FindBoardAt(MEETING.value(), step.position())).orElseThrow()
                                      .sections());
        }
        assertThat(compared).isGreaterThan(40);
    }

    @Test
    void theReplaysStepsAreTheLiveBoardsUpdatesOnePerEventThatChangedTheBoard() {
        stored(DeliberationDay.withVote());
        events.project(projection);

        List<BoardUpdate> updates = projection.handle(new FindBoardUpdates(List.of(MEETING.value()), -1, 10_000))
                                              .updates();
        BoardReplay replay = replay();

        assertThat(replay.steps()).extracting(BoardReplay.Step::position, BoardReplay.Step::at,
                                              BoardReplay.Step::changed)
                                  .containsExactlyElementsOf(updates.stream().map(update -> org.assertj.core.api
                                          .Assertions.tuple(update.position(), update.at(), update.changed()))
                                                                    .toList());
        assertThat(replay.steps().get(0).event()).isEqualTo("SessionScheduled");
        assertThat(replay.steps()).extracting(BoardReplay.Step::event)
                                  .contains("ParticipantCheckedIn", "FloorGiven", "BallotCast", "MotionClosed",
                                            "SessionClosed")
                                  .doesNotContain(MinutesNoteAdded.class.getSimpleName());
        assertThat(fold(replay.steps(), Long.MAX_VALUE))
                .isEqualTo(projection.handle(new FindSessionBoard(MEETING.value())).orElseThrow().sections());
    }

    @Test
    void theBoardAtAMomentNamesThePeopleAsTheLiveBoardDoesAndStopsAtThatMoment() {
        List<Positioned> day = DeliberationDay.withVote();
        stored(day);
        events.project(projection);
        long firstTurn = DeliberationDay.until(day, org.yishi.command.api.session.FloorGiven.class, 1).size() - 1;

        SessionBoard board = replays.handle(new FindBoardAt(MEETING.value(), firstTurn)).orElseThrow();

        assertThat(board.position()).isEqualTo(firstTurn);
        assertThat(board.sections().speakers().current().name()).isEqualTo("张阿姨");
        assertThat(board.sections().speakers().waiting()).extracting("name").containsExactly("李师傅");
        assertThat(board.sections().header().status()).isEqualTo("OPEN");
        assertThat(board.sections().vote()).isNull();
    }

    @Test
    void aSessionTheStoreDoesNotHoldHasNoReplay() {
        stored(DeliberationDay.withVote());

        assertThat(replays.handle(new FindBoardReplay("nothing"))).isEmpty();
        assertThat(replays.handle(new FindBoardAt(MEETING.value(), 3))).isEmpty();
    }
}
