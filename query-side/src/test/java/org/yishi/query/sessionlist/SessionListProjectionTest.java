package org.yishi.query.sessionlist;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.session.AgendaPublished;
import org.yishi.command.api.session.Format;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionAdjourned;
import org.yishi.command.api.session.SessionId;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.api.session.SessionOpened;
import org.yishi.command.api.session.SessionScheduled;
import org.yishi.query.api.sessions.FindJoinCode;
import org.yishi.query.api.sessions.FindSessionByJoinCode;
import org.yishi.query.api.sessions.FindSessions;
import org.yishi.query.api.sessions.SessionList;
import org.yishi.query.api.sessions.SessionSummary;
import org.yishi.query.personnames.EmbeddedStore;
import org.yishi.query.sessiontesting.DeliberationDay;
import org.yishi.query.sessiontesting.Projected;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.yishi.query.sessiontesting.DeliberationDay.JINYUAN;
import static org.yishi.query.sessiontesting.DeliberationDay.MEETING;
import static org.yishi.query.sessiontesting.DeliberationDay.WANG;

class SessionListProjectionTest {

    @TempDir
    Path directory;
    EmbeddedStore store;
    SessionListProjection projection;
    Projected handlers;

    @BeforeEach
    void open() {
        store = new EmbeddedStore(directory);
        projection = new SessionListProjection(store.database());
        handlers = new Projected(projection);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void schedule(String id, String title, Instant startsAt, String code, long position) {
        handlers.event(new SessionScheduled(new SessionId(id), JINYUAN, SessionKind.DELIBERATION_DAY, title, startsAt,
                                            "广场", Format.IN_ROOM, WANG, Set.of(), code, 120, false,
                                            RuleSet.defaultFor(SessionKind.DELIBERATION_DAY), 5, 0, WANG, startsAt),
                       position, startsAt);
    }

    private SessionList list() {
        return projection.handle(new FindSessions(JINYUAN.value()));
    }

    @Test
    void aWholeDayLeavesOneClosedSessionWithItsAgendaAndModeratorByName() {
        DeliberationDay.events().forEach(handlers::event);

        SessionSummary meeting = list().sessions().get(0);

        assertThat(meeting.status()).isEqualTo("CLOSED");
        assertThat(meeting.title()).isEqualTo("五月居民会议");
        assertThat(meeting.kind()).isEqualTo("RESIDENTS_MEETING");
        assertThat(meeting.format()).isEqualTo("HYBRID");
        assertThat(meeting.agendaItems()).isEqualTo(2);
        assertThat(meeting.agendaPublished()).isTrue();
        assertThat(meeting.moderatorId()).isEqualTo(WANG.value());
        assertThat(meeting.moderatorName()).isEqualTo("王委员");
        assertThat(meeting.startsAt()).isEqualTo(DeliberationDay.STARTS_AT);
    }

    @Test
    void comingAndRunningSessionsComeFirstBySoonestThenClosedOnesNewestFirst() {
        DeliberationDay.events().forEach(handlers::event);
        Instant may = DeliberationDay.STARTS_AT;
        schedule("june", "六月议事日", may.plusSeconds(30L * 86400), "222222", 1_000);
        schedule("july", "七月议事日", may.plusSeconds(60L * 86400), "333333", 1_001);
        schedule("april", "四月议事日", may.minusSeconds(30L * 86400), "444444", 1_002);
        handlers.event(new SessionOpened(new SessionId("july"), RuleSet.defaultFor(SessionKind.DELIBERATION_DAY), 5, 0,
                                         0, WANG, may), 1_003, may);
        handlers.event(new org.yishi.command.api.session.SessionClosed(new SessionId("april"), WANG, may), 1_004, may);

        assertThat(list().sessions()).extracting(SessionSummary::sessionId, SessionSummary::status)
                                     .containsExactly(tuple("june", "SCHEDULED"), tuple("july", "OPEN"),
                                                      tuple(MEETING.value(), "CLOSED"), tuple("april", "CLOSED"));
    }

    @Test
    void aJoinCodeFindsItsSessionWhateverItsCaseUntilTheSessionCloses() {
        DeliberationDay.events().stream().filter(event -> event.event() instanceof AgendaPublished
                                                          || event.event() instanceof SessionScheduled)
                       .forEach(handlers::event);

        assertThat(projection.handle(new FindSessionByJoinCode("AB12CD"))).contains(MEETING.value());
        assertThat(projection.handle(new FindSessionByJoinCode(" ab12cd "))).contains(MEETING.value());
        assertThat(projection.handle(new FindSessionByJoinCode("ZZZZZZ"))).isEmpty();

        DeliberationDay.events().forEach(handlers::event);

        assertThat(projection.handle(new FindSessionByJoinCode("AB12CD"))).isEmpty();
    }

    @Test
    void aSessionsJoinCodeIsFoundAsItWasChosen() {
        schedule("june", "六月议事日", DeliberationDay.STARTS_AT, "aB3dE5", 1);

        assertThat(projection.handle(new FindJoinCode("june"))).contains("aB3dE5");
        assertThat(projection.handle(new FindJoinCode("nothing"))).isEmpty();
    }

    @Test
    void replayingTheDayAgainCountsNoAgendaItemTwice() {
        DeliberationDay.events().forEach(handlers::event);
        SessionList once = list();

        DeliberationDay.events().forEach(handlers::event);

        assertThat(list()).isEqualTo(once);
        assertThat(list().sessions().get(0).agendaItems()).isEqualTo(2);
    }

    @Test
    void anAdjournedSessionIsStillComingAndAResetForgetsEverySession() {
        DeliberationDay.until(SessionAdjourned.class, 1).forEach(handlers::event);
        assertThat(list().sessions()).extracting(SessionSummary::status).containsExactly("ADJOURNED");

        projection.reset();

        assertThat(list().sessions()).isEmpty();
        assertThat(projection.handle(new FindJoinCode(MEETING.value()))).isEmpty();
    }
}
