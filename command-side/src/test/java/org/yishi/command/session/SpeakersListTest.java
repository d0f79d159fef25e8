package org.yishi.command.session;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.session.AdjournSession;
import org.yishi.command.api.session.AgendaItemClosed;
import org.yishi.command.api.session.AgendaItemStarted;
import org.yishi.command.api.session.CheckInMethod;
import org.yishi.command.api.session.CloseItem;
import org.yishi.command.api.session.EndTurn;
import org.yishi.command.api.session.FloorGiven;
import org.yishi.command.api.session.FloorRequestWithdrawn;
import org.yishi.command.api.session.FloorRequested;
import org.yishi.command.api.session.GiveFloor;
import org.yishi.command.api.session.LeaveSession;
import org.yishi.command.api.session.Outcome;
import org.yishi.command.api.session.ParticipantCheckedIn;
import org.yishi.command.api.session.ParticipantLeft;
import org.yishi.command.api.session.RequestFloor;
import org.yishi.command.api.session.SessionAdjourned;
import org.yishi.command.api.session.TurnEndReason;
import org.yishi.command.api.session.TurnEnded;
import org.yishi.command.api.session.WithdrawFloorRequest;

import java.util.List;

import static org.yishi.command.session.Square.GROUP_1;
import static org.yishi.command.session.Square.HOUSEHOLD_1;
import static org.yishi.command.session.Square.LI;
import static org.yishi.command.session.Square.MODERATOR;
import static org.yishi.command.session.Square.NOISE_ITEM;
import static org.yishi.command.session.Square.SESSION;
import static org.yishi.command.session.Square.SPEAKING_SECONDS;
import static org.yishi.command.session.Square.STALLS_ITEM;
import static org.yishi.command.session.Square.WANG;
import static org.yishi.command.session.Square.ZHANG;
import static org.yishi.command.session.Square.at;

class SpeakersListTest {

    private AggregateTestFixture<Session> fixture;

    @BeforeEach
    void fixture() {
        fixture = Square.fixture();
    }

    /** The noise item runs; 李华 asked for the floor first, then 王芳. */
    private static List<Object> twoWaiting() {
        return Square.plus(Square.itemRunning(), new FloorRequested(SESSION, NOISE_ITEM, LI, at(70)),
                           new FloorRequested(SESSION, NOISE_ITEM, WANG, at(75)));
    }

    private static List<Object> liSpeaking() {
        return Square.plus(twoWaiting(), new FloorGiven(SESSION, NOISE_ITEM, LI, false, null,
                                                        at(80 + SPEAKING_SECONDS), MODERATOR, at(80)));
    }

    @Test
    void aParticipantCheckedInAsksForTheFloorOnTheRunningItem() {
        fixture.given(Square.itemRunning())
               .when(new RequestFloor(SESSION, LI, at(100)))
               .expectEvents(new FloorRequested(SESSION, NOISE_ITEM, LI, at(100)));
    }

    @Test
    void nobodySpeaksWithoutCheckingIn() {
        fixture.given(Square.itemRunning())
               .when(new RequestFloor(SESSION, ZHANG, at(100)))
               .expectExceptionMessage("请先签到 / Check in first")
               .expectNoEvents();
    }

    @Test
    void nobodyAsksForTheFloorWhileNoItemRuns() {
        fixture.given(Square.opened())
               .when(new RequestFloor(SESSION, LI, at(100)))
               .expectExceptionMessage("当前没有进行中的议程项 / No item is running");
    }

    @Test
    void askingForTheFloorWhileAlreadyWaitingChangesNothing() {
        fixture.given(twoWaiting())
               .when(new RequestFloor(SESSION, LI, at(100)))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void theSpeakerDoesNotQueueBehindThemself() {
        fixture.given(liSpeaking())
               .when(new RequestFloor(SESSION, LI, at(100)))
               .expectExceptionMessage("您正在发言 / You have the floor already");
    }

    @Test
    void aParticipantWithdrawsTheirRequest() {
        fixture.given(twoWaiting())
               .when(new WithdrawFloorRequest(SESSION, LI, at(100)))
               .expectEvents(new FloorRequestWithdrawn(SESSION, NOISE_ITEM, LI, at(100)));
    }

    @Test
    void withdrawingARequestNotMadeChangesNothing() {
        fixture.given(Square.itemRunning())
               .when(new WithdrawFloorRequest(SESSION, LI, at(100)))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void theModeratorGivesTheFloorToTheFirstInLine() {
        fixture.given(twoWaiting())
               .when(new GiveFloor(SESSION, LI, null, MODERATOR, at(100)))
               .expectEvents(new FloorGiven(SESSION, NOISE_ITEM, LI, false, null, at(100 + SPEAKING_SECONDS),
                                            MODERATOR, at(100)));
    }

    @Test
    void theFloorGoesOutOfOrderOnlyWithAReason() {
        fixture.given(twoWaiting())
               .when(new GiveFloor(SESSION, WANG, " ", MODERATOR, at(100)))
               .expectExceptionMessage("不按发言顺序安排发言须说明理由 / Giving the floor out of order needs a reason")
               .expectNoEvents();
    }

    @Test
    void theFloorGoesOutOfOrderWithAReasonTheMinutesShow() {
        fixture.given(twoWaiting())
               .when(new GiveFloor(SESSION, WANG, "王芳需提前离场", MODERATOR, at(100)))
               .expectEvents(new FloorGiven(SESSION, NOISE_ITEM, WANG, true, "王芳需提前离场",
                                            at(100 + SPEAKING_SECONDS), MODERATOR, at(100)));
    }

    @Test
    void theFloorDoesNotGoToSomeoneOffTheListWithoutAReason() {
        fixture.given(Square.plus(twoWaiting(), new ParticipantCheckedIn(
                       SESSION, ZHANG, HOUSEHOLD_1, GROUP_1, true,
                       CheckInMethod.CODE, 3, 0, ZHANG, at(90))))
               .when(new GiveFloor(SESSION, ZHANG, null, MODERATOR, at(100)))
               .expectExceptionMessage("让不在发言名单上的人发言须说明理由 / "
                                       + "Giving the floor to someone not on the speakers list needs a reason")
               .expectNoEvents();
    }

    @Test
    void theFloorGoesToSomeoneOffTheListWithAReason() {
        fixture.given(Square.itemRunning())
               .when(new GiveFloor(SESSION, LI, "请先介绍议题", MODERATOR, at(100)))
               .expectEvents(new FloorGiven(SESSION, NOISE_ITEM, LI, true, "请先介绍议题", at(100 + SPEAKING_SECONDS),
                                            MODERATOR, at(100)));
    }

    @Test
    void theFloorGoesOnlyToSomeoneCheckedIn() {
        fixture.given(twoWaiting())
               .when(new GiveFloor(SESSION, ZHANG, "请补充", MODERATOR, at(100)))
               .expectExceptionMessage("发言人须已签到 / The speaker must be checked in")
               .expectNoEvents();
    }

    @Test
    void theFloorIsNotGivenWhileSomeoneSpeaks() {
        fixture.given(liSpeaking())
               .when(new GiveFloor(SESSION, WANG, null, MODERATOR, at(100)))
               .expectExceptionMessage("请先结束当前的发言 / End the current turn first");
    }

    @Test
    void aResidentCannotGiveTheFloor() {
        fixture.given(twoWaiting())
               .when(new GiveFloor(SESSION, LI, null, WANG, at(100)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void theSpeakerEndsTheirOwnTurn() {
        fixture.given(liSpeaking())
               .when(new EndTurn(SESSION, LI, at(100)))
               .expectEvents(new TurnEnded(SESSION, NOISE_ITEM, LI, TurnEndReason.BY_SPEAKER, at(100)));
    }

    @Test
    void theModeratorEndsATurn() {
        fixture.given(liSpeaking())
               .when(new EndTurn(SESSION, MODERATOR, at(100)))
               .expectEvents(new TurnEnded(SESSION, NOISE_ITEM, LI, TurnEndReason.BY_MODERATOR, at(100)));
    }

    @Test
    void aResidentCannotEndSomeoneElsesTurn() {
        fixture.given(liSpeaking())
               .when(new EndTurn(SESSION, WANG, at(100)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void endingATurnThatHasAlreadyEndedChangesNothing() {
        fixture.given(Square.plus(liSpeaking(), new TurnEnded(SESSION, NOISE_ITEM, LI, TurnEndReason.TIME_UP,
                                                              at(80 + SPEAKING_SECONDS))))
               .when(new EndTurn(SESSION, LI, at(300)))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void closingTheItemEndsTheTurnFirst() {
        fixture.given(liSpeaking())
               .when(new CloseItem(SESSION, NOISE_ITEM, Outcome.DEFERRED, null, MODERATOR, at(100)))
               .expectEvents(new TurnEnded(SESSION, NOISE_ITEM, LI, TurnEndReason.ITEM_CLOSED, at(100)),
                             new AgendaItemClosed(SESSION, NOISE_ITEM, Outcome.DEFERRED, null, MODERATOR, at(100)));
    }

    @Test
    void adjourningEndsTheTurn() {
        fixture.given(liSpeaking())
               .when(new AdjournSession(SESSION, null, MODERATOR, at(100)))
               .expectEvents(new TurnEnded(SESSION, NOISE_ITEM, LI, TurnEndReason.BY_MODERATOR, at(100)),
                             new SessionAdjourned(SESSION, null, MODERATOR, at(100)));
    }

    @Test
    void aSpeakerWhoLeavesEndsTheirTurn() {
        fixture.given(liSpeaking())
               .when(new LeaveSession(SESSION, LI, LI, at(100)))
               .expectEvents(new TurnEnded(SESSION, NOISE_ITEM, LI, TurnEndReason.BY_SPEAKER, at(100)),
                             new ParticipantLeft(SESSION, LI, 1, 0, LI, at(100)));
    }

    @Test
    void someoneWaitingWhoLeavesIsOffTheList() {
        fixture.given(twoWaiting())
               .when(new LeaveSession(SESSION, WANG, WANG, at(100)))
               .expectEvents(new FloorRequestWithdrawn(SESSION, NOISE_ITEM, WANG, at(100)),
                             new ParticipantLeft(SESSION, WANG, 1, 0, WANG, at(100)));
    }

    @Test
    void theNextItemStartsWithAnEmptyList() {
        fixture.given(Square.plus(twoWaiting(),
                                  new AgendaItemClosed(SESSION, NOISE_ITEM, Outcome.DEFERRED, null, MODERATOR, at(90)),
                                  new AgendaItemStarted(
                                          SESSION, STALLS_ITEM, 120, MODERATOR, at(95))))
               .when(new GiveFloor(SESSION, LI, null, MODERATOR, at(100)))
               .expectExceptionMessage("让不在发言名单上的人发言须说明理由 / "
                                       + "Giving the floor to someone not on the speakers list needs a reason");
    }
}
