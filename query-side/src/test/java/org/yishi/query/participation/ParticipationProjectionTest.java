package org.yishi.query.participation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.session.AgendaItemClosed;
import org.yishi.command.api.session.FloorGiven;
import org.yishi.command.api.session.FloorRequestWithdrawn;
import org.yishi.command.api.session.ParticipantLeft;
import org.yishi.command.api.session.PositionRecorded;
import org.yishi.command.api.session.QuorumReached;
import org.yishi.query.api.sessions.FindParticipation;
import org.yishi.query.api.sessions.Participation;
import org.yishi.query.personnames.EmbeddedStore;
import org.yishi.query.sessiontesting.DeliberationDay;
import org.yishi.query.sessiontesting.DeliberationDay.Positioned;
import org.yishi.query.sessiontesting.Projected;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yishi.query.sessiontesting.DeliberationDay.CHEN;
import static org.yishi.query.sessiontesting.DeliberationDay.LI;
import static org.yishi.query.sessiontesting.DeliberationDay.LIU;
import static org.yishi.query.sessiontesting.DeliberationDay.MEETING;
import static org.yishi.query.sessiontesting.DeliberationDay.SQUARE;
import static org.yishi.query.sessiontesting.DeliberationDay.ZHANG;
import static org.yishi.query.sessiontesting.DeliberationDay.ZHAO;

class ParticipationProjectionTest {

    @TempDir
    Path directory;
    EmbeddedStore store;
    ParticipationProjection projection;
    Projected handlers;

    @BeforeEach
    void open() {
        store = new EmbeddedStore(directory);
        projection = new ParticipationProjection(store.database());
        handlers = new Projected(projection);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void given(List<Positioned> events) {
        events.forEach(handlers::event);
    }

    private Participation of(PersonId person) {
        return projection.handle(new FindParticipation(MEETING.value(), person.value()));
    }

    @Test
    void someoneNeverSeenOrInAnUnknownSessionIsNotCheckedInAsOfTheLastCheckIn() {
        given(DeliberationDay.until(QuorumReached.class, 1));

        assertThat(of(LIU)).isEqualTo(new Participation(MEETING.value(), LIU.value(), false, null, false, 0, false,
                                                        null, null, null, DeliberationDay.FIRST + 18));
        assertThat(projection.handle(new FindParticipation("nothing", ZHANG.value())).checkedIn()).isFalse();
        assertThat(projection.handle(new FindParticipation("nothing", ZHANG.value())).position()).isEqualTo(-1);
    }

    @Test
    void aCheckedInParticipantSeesHowAndWhetherTheyCount() {
        given(DeliberationDay.until(QuorumReached.class, 1));

        assertThat(of(ZHANG).checkedIn()).isTrue();
        assertThat(of(ZHANG).method()).isEqualTo("CODE");
        assertThat(of(ZHANG).counts()).isTrue();
        assertThat(of(CHEN).method()).isEqualTo("ONLINE");
        assertThat(of(ZHAO).method()).isEqualTo("STAFF");
        assertThat(of(ZHAO).counts()).isFalse();
    }

    @Test
    void aParticipantWaitingForTheFloorSeesTheirPlaceInLine() {
        given(DeliberationDay.until(FloorRequestWithdrawn.class, 1));

        assertThat(of(ZHANG).placeInLine()).isEqualTo(1);
        assertThat(of(LI).placeInLine()).isEqualTo(2);
        assertThat(of(CHEN).placeInLine()).isZero();
        assertThat(of(ZHANG).currentItemId()).isEqualTo(SQUARE.value());
    }

    @Test
    void theSpeakerIsSpeakingAndNoLongerInLine() {
        given(DeliberationDay.until(FloorGiven.class, 1));

        assertThat(of(ZHANG).speaking()).isTrue();
        assertThat(of(ZHANG).placeInLine()).isZero();
        assertThat(of(LI).placeInLine()).isEqualTo(1);
        assertThat(of(LI).speaking()).isFalse();
    }

    @Test
    void aParticipantSeesTheirLatestStanceOnTheRunningItemUntilItCloses() {
        given(DeliberationDay.until(PositionRecorded.class, 3));

        assertThat(of(ZHANG).stance()).isEqualTo("CONCERN");
        assertThat(of(ZHANG).reason()).isEmpty();
        assertThat(of(LI).stance()).isEqualTo("SUPPORT");
        assertThat(of(LI).reason()).isEqualTo("晚上九点后应该停");

        given(DeliberationDay.until(AgendaItemClosed.class, 1));

        assertThat(of(LI).stance()).isNull();
        assertThat(of(LI).currentItemId()).isNull();
        assertThat(of(LI).placeInLine()).isZero();
    }

    @Test
    void someoneWhoLeftIsNotCheckedInUntilTheyReturn() {
        given(DeliberationDay.until(ParticipantLeft.class, 1));
        assertThat(of(LI).checkedIn()).isFalse();

        given(DeliberationDay.until(QuorumReached.class, 2));

        assertThat(of(LI).checkedIn()).isTrue();
    }

    @Test
    void replayingTheDayAgainLeavesEveryParticipationAsItWas() {
        List<Positioned> untilSecondTurn = DeliberationDay.until(FloorGiven.class, 3);
        given(untilSecondTurn);
        List<Participation> once = List.of(of(ZHANG), of(LI), of(CHEN), of(ZHAO));

        given(untilSecondTurn);

        assertThat(List.of(of(ZHANG), of(LI), of(CHEN), of(ZHAO))).isEqualTo(once);
        assertThat(of(LI).speaking()).isTrue();
    }

    @Test
    void aResetForgetsEverySession() {
        given(DeliberationDay.until(FloorGiven.class, 1));

        projection.reset();

        assertThat(of(ZHANG).checkedIn()).isFalse();
        assertThat(of(ZHANG).position()).isEqualTo(-1);
    }
}
