package org.yishi.command.session;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.session.AddMinutesNote;
import org.yishi.command.api.session.AdjournSession;
import org.yishi.command.api.session.AgendaItemClosed;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.AgendaItemStarted;
import org.yishi.command.api.session.BoardVisibilityChanged;
import org.yishi.command.api.session.ChangeBoardVisibility;
import org.yishi.command.api.session.CloseItem;
import org.yishi.command.api.session.CloseSession;
import org.yishi.command.api.session.MinutesNoteAdded;
import org.yishi.command.api.session.OpenSession;
import org.yishi.command.api.session.Outcome;
import org.yishi.command.api.session.ResumeSession;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionAdjourned;
import org.yishi.command.api.session.SessionClosed;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.api.session.SessionOpened;
import org.yishi.command.api.session.SessionResumed;
import org.yishi.command.api.session.StartItem;

import static org.yishi.command.session.Square.ADMIN;
import static org.yishi.command.session.Square.ADULT_RESIDENTS;
import static org.yishi.command.session.Square.COMMITTEE;
import static org.yishi.command.session.Square.LI;
import static org.yishi.command.session.Square.MODERATOR;
import static org.yishi.command.session.Square.NOISE_ITEM;
import static org.yishi.command.session.Square.OTHER_MODERATOR;
import static org.yishi.command.session.Square.SESSION;
import static org.yishi.command.session.Square.SPEAKING_SECONDS;
import static org.yishi.command.session.Square.STALLS_ITEM;
import static org.yishi.command.session.Square.at;

class RunningTheAgendaTest {

    private static final String RECOMMENDATION = "晚八点后音响音量不超过60分贝，成立广场治理监督小组";
    private AggregateTestFixture<Session> fixture;

    @BeforeEach
    void fixture() {
        fixture = Square.fixture();
    }

    @Test
    void theNamedModeratorOpensTheSession() {
        fixture.given(Square.withAgenda())
               .when(new OpenSession(SESSION, MODERATOR, at(100)))
               .expectEvents(new SessionOpened(SESSION, RuleSet.defaultFor(SessionKind.DELIBERATION_DAY),
                                               ADULT_RESIDENTS, 0, 0, MODERATOR, at(100)));
    }

    @Test
    void aCommitteeMemberMayStandInForTheModerator() {
        fixture.given(Square.withAgenda())
               .when(new OpenSession(SESSION, COMMITTEE, at(100)))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void anAdministratorMayStandInForTheModerator() {
        fixture.given(Square.opened())
               .when(new StartItem(SESSION, NOISE_ITEM, ADMIN, at(100)))
               .expectEvents(new AgendaItemStarted(SESSION, NOISE_ITEM, SPEAKING_SECONDS, ADMIN, at(100)));
    }

    @Test
    void aModeratorNotNamedForThisSessionDoesNotRunIt() {
        fixture.given(Square.withAgenda())
               .when(new OpenSession(SESSION, OTHER_MODERATOR, at(100)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aResidentCannotOpenTheSession() {
        fixture.given(Square.withAgenda())
               .when(new OpenSession(SESSION, LI, at(100)))
               .expectException(Unauthorized.class)
               .expectExceptionMessage("只有本次会议的主持人、议事委员或社区管理员可以这样做 / "
                                       + "Only this session's moderator, a committee member or an administrator may do this")
               .expectNoEvents();
    }

    @Test
    void aResidentCannotStartAnItem() {
        fixture.given(Square.opened())
               .when(new StartItem(SESSION, NOISE_ITEM, LI, at(100)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aResidentCannotCloseAnItem() {
        fixture.given(Square.itemRunning())
               .when(new CloseItem(SESSION, NOISE_ITEM, Outcome.DEFERRED, null, LI, at(100)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aResidentCannotAdjournOrCloseTheSession() {
        fixture.given(Square.opened())
               .when(new AdjournSession(SESSION, null, LI, at(100)))
               .expectException(Unauthorized.class);
        fixture.given(Square.opened())
               .when(new CloseSession(SESSION, LI, at(100)))
               .expectException(Unauthorized.class);
    }

    @Test
    void aSessionOpensOnce() {
        fixture.given(Square.opened())
               .when(new OpenSession(SESSION, MODERATOR, at(100)))
               .expectExceptionMessage("会议已开始或已结束 / The session has already opened or is over");
    }

    @Test
    void noItemStartsBeforeTheSessionOpens() {
        fixture.given(Square.withAgenda())
               .when(new StartItem(SESSION, NOISE_ITEM, MODERATOR, at(100)))
               .expectExceptionMessage("会议进行中才能开始议程项 / An item starts only while the session is in session")
               .expectNoEvents();
    }

    @Test
    void anItemStartsOnlyWhenNoOtherRuns() {
        fixture.given(Square.itemRunning())
               .when(new StartItem(SESSION, STALLS_ITEM, MODERATOR, at(100)))
               .expectExceptionMessage("请先结束正在进行的议程项 / Close the running item first")
               .expectNoEvents();
    }

    @Test
    void anItemRunsOnce() {
        fixture.given(Square.plus(Square.itemRunning(),
                                  new AgendaItemClosed(SESSION, NOISE_ITEM, Outcome.DEFERRED, null, MODERATOR, at(90))))
               .when(new StartItem(SESSION, NOISE_ITEM, MODERATOR, at(100)))
               .expectExceptionMessage("该议程项已经进行过 / This item has already run");
    }

    @Test
    void theRunningItemClosesWithARecommendation() {
        fixture.given(Square.itemRunning())
               .when(new CloseItem(SESSION, NOISE_ITEM, Outcome.RECOMMENDATION, " " + RECOMMENDATION + " ", MODERATOR,
                                   at(100)))
               .expectEvents(new AgendaItemClosed(SESSION, NOISE_ITEM, Outcome.RECOMMENDATION, RECOMMENDATION,
                                                  MODERATOR, at(100)));
    }

    @Test
    void aRecommendationNeedsItsText() {
        fixture.given(Square.itemRunning())
               .when(new CloseItem(SESSION, NOISE_ITEM, Outcome.RECOMMENDATION, "  ", MODERATOR, at(100)))
               .expectExceptionMessage("形成建议须写明建议内容 / A recommendation needs its text")
               .expectNoEvents();
    }

    @Test
    void anItemDeferredNeedsNoText() {
        fixture.given(Square.itemRunning())
               .when(new CloseItem(SESSION, NOISE_ITEM, Outcome.DEFERRED, null, MODERATOR, at(100)))
               .expectEvents(new AgendaItemClosed(SESSION, NOISE_ITEM, Outcome.DEFERRED, null, MODERATOR, at(100)));
    }

    @Test
    void anItemHasNoOutcomeBeforeItStarts() {
        fixture.given(Square.itemRunning())
               .when(new CloseItem(SESSION, STALLS_ITEM, Outcome.REFERRED_TO_COMMITTEE, null, MODERATOR, at(100)))
               .expectExceptionMessage("只能结束正在进行的议程项 / Only the running item can be closed")
               .expectNoEvents();
    }

    @Test
    void anItemNotOnTheAgendaHasNoOutcome() {
        fixture.given(Square.itemRunning())
               .when(new CloseItem(SESSION, new AgendaItemId("nowhere"), Outcome.DEFERRED, null, MODERATOR, at(100)))
               .expectExceptionMessage("议程中没有这一项 / There is no such item on the agenda");
    }

    @Test
    void anItemClosesWithAnOutcome() {
        fixture.given(Square.itemRunning())
               .when(new CloseItem(SESSION, NOISE_ITEM, null, null, MODERATOR, at(100)))
               .expectExceptionMessage("议程项结果不能为空 / An outcome is required");
    }

    @Test
    void theModeratorAdjournsAndResumesTheSession() {
        fixture.given(Square.itemRunning())
               .when(new AdjournSession(SESSION, " 午休 ", MODERATOR, at(100)))
               .expectEvents(new SessionAdjourned(SESSION, "午休", MODERATOR, at(100)));
        fixture.given(Square.plus(Square.itemRunning(), new SessionAdjourned(SESSION, "午休", MODERATOR, at(100))))
               .when(new ResumeSession(SESSION, MODERATOR, at(200)))
               .expectEvents(new SessionResumed(SESSION, MODERATOR, at(200)));
    }

    @Test
    void anAdjournedSessionRunsNoItem() {
        fixture.given(Square.plus(Square.itemRunning(), new SessionAdjourned(SESSION, null, MODERATOR, at(100))))
               .when(new CloseItem(SESSION, NOISE_ITEM, Outcome.DEFERRED, null, MODERATOR, at(200)))
               .expectExceptionMessage("会议进行中才能结束议程项 / An item closes only while the session is in session");
    }

    @Test
    void aSessionNotAdjournedIsNotResumed() {
        fixture.given(Square.opened())
               .when(new ResumeSession(SESSION, MODERATOR, at(100)))
               .expectExceptionMessage("会议没有休会 / The session is not adjourned");
    }

    @Test
    void theSessionDoesNotCloseWhileAnItemRuns() {
        fixture.given(Square.itemRunning())
               .when(new CloseSession(SESSION, MODERATOR, at(100)))
               .expectExceptionMessage("请先结束正在进行的议程项，再结束会议 / Close the running item before closing the session")
               .expectNoEvents();
    }

    @Test
    void theSessionClosesOnceNoItemRuns() {
        fixture.given(Square.plus(Square.itemRunning(),
                                  new AgendaItemClosed(SESSION, NOISE_ITEM, Outcome.DEFERRED, null, MODERATOR, at(90))))
               .when(new CloseSession(SESSION, MODERATOR, at(100)))
               .expectEvents(new SessionClosed(SESSION, MODERATOR, at(100)));
    }

    @Test
    void aClosedSessionIsNotClosedAgain() {
        fixture.given(Square.plus(Square.opened(), new SessionClosed(SESSION, MODERATOR, at(90))))
               .when(new CloseSession(SESSION, MODERATOR, at(100)))
               .expectExceptionMessage("会议已结束 / The session is over");
    }

    @Test
    void theModeratorNotesSomethingForTheMinutesOnAnItem() {
        fixture.given(Square.itemRunning())
               .when(new AddMinutesNote(SESSION, NOISE_ITEM, " 物业承诺下周安装分贝仪 ", MODERATOR, at(100)))
               .expectEvents(new MinutesNoteAdded(SESSION, NOISE_ITEM, "物业承诺下周安装分贝仪", MODERATOR, at(100)));
    }

    @Test
    void aCommitteeMemberNotesSomethingOnTheSessionAfterItClosed() {
        fixture.given(Square.plus(Square.opened(), new SessionClosed(SESSION, MODERATOR, at(90))))
               .when(new AddMinutesNote(SESSION, null, "会后补记：共24人参会", COMMITTEE, at(100)))
               .expectEvents(new MinutesNoteAdded(SESSION, null, "会后补记：共24人参会", COMMITTEE, at(100)));
    }

    @Test
    void aResidentDoesNotWriteTheMinutes() {
        fixture.given(Square.itemRunning())
               .when(new AddMinutesNote(SESSION, null, "我的记录", LI, at(100)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void theModeratorMakesTheBoardPublicForTheScreenInTheRoom() {
        fixture.given(Square.withAgenda())
               .when(new ChangeBoardVisibility(SESSION, true, MODERATOR, at(100)))
               .expectEvents(new BoardVisibilityChanged(SESSION, true, MODERATOR, at(100)));
    }

    @Test
    void makingTheBoardWhatItAlreadyIsChangesNothing() {
        fixture.given(Square.withAgenda())
               .when(new ChangeBoardVisibility(SESSION, false, MODERATOR, at(100)))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aResidentCannotMakeTheBoardPublic() {
        fixture.given(Square.withAgenda())
               .when(new ChangeBoardVisibility(SESSION, true, LI, at(100)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }
}
