package org.yishi.command.session;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.session.AgendaItemClosed;
import org.yishi.command.api.session.AgendaItemStarted;
import org.yishi.command.api.session.Outcome;
import org.yishi.command.api.session.PositionRecorded;
import org.yishi.command.api.session.RecordPosition;
import org.yishi.command.api.session.SessionAdjourned;
import org.yishi.command.api.session.Stance;

import static org.yishi.command.session.Square.LI;
import static org.yishi.command.session.Square.MODERATOR;
import static org.yishi.command.session.Square.NOISE_ITEM;
import static org.yishi.command.session.Square.SESSION;
import static org.yishi.command.session.Square.STALLS_ITEM;
import static org.yishi.command.session.Square.ZHANG;
import static org.yishi.command.session.Square.at;

class PositionsTest {

    private static final String REASON = "晚上九点后孩子要睡觉";
    private AggregateTestFixture<Session> fixture;

    @BeforeEach
    void fixture() {
        fixture = Square.fixture();
    }

    @Test
    void aParticipantCheckedInRecordsTheirPositionOnTheRunningItem() {
        fixture.given(Square.itemRunning())
               .when(new RecordPosition(SESSION, Stance.SUPPORT, " " + REASON + " ", LI, at(100)))
               .expectEvents(new PositionRecorded(SESSION, NOISE_ITEM, LI, Stance.SUPPORT, REASON, at(100)));
    }

    @Test
    void aPositionMayComeWithoutAReason() {
        fixture.given(Square.itemRunning())
               .when(new RecordPosition(SESSION, Stance.CONCERN, null, LI, at(100)))
               .expectEvents(new PositionRecorded(SESSION, NOISE_ITEM, LI, Stance.CONCERN, "", at(100)));
    }

    @Test
    void nobodyRecordsAPositionWithoutCheckingIn() {
        fixture.given(Square.itemRunning())
               .when(new RecordPosition(SESSION, Stance.OPPOSE, REASON, ZHANG, at(100)))
               .expectExceptionMessage("请先签到 / Check in first")
               .expectNoEvents();
    }

    @Test
    void noPositionIsRecordedWhileNoItemRuns() {
        fixture.given(Square.opened())
               .when(new RecordPosition(SESSION, Stance.SUPPORT, REASON, LI, at(100)))
               .expectExceptionMessage("当前没有进行中的议程项 / No item is running");
    }

    @Test
    void noPositionIsRecordedDuringABreak() {
        fixture.given(Square.plus(Square.itemRunning(), new SessionAdjourned(SESSION, null, MODERATOR, at(90))))
               .when(new RecordPosition(SESSION, Stance.SUPPORT, REASON, LI, at(100)))
               .expectExceptionMessage("会议不在进行中 / The session is not in session");
    }

    @Test
    void aReasonHasAtMostTwoHundredCharacters() {
        fixture.given(Square.itemRunning())
               .when(new RecordPosition(SESSION, Stance.OPPOSE, "吵".repeat(201), LI, at(100)))
               .expectExceptionMessage("理由不能超过200个字 / A reason has at most 200 characters")
               .expectNoEvents();
    }

    @Test
    void twoHundredCharactersCountedAsPeopleSeeThemAreEnough() {
        String emoji = "😀".repeat(200); // 400 UTF-16 units, 200 characters
        fixture.given(Square.itemRunning())
               .when(new RecordPosition(SESSION, Stance.OPPOSE, emoji, LI, at(100)))
               .expectEvents(new PositionRecorded(SESSION, NOISE_ITEM, LI, Stance.OPPOSE, emoji, at(100)));
    }

    @Test
    void aPositionNeedsAStance() {
        fixture.given(Square.itemRunning())
               .when(new RecordPosition(SESSION, null, REASON, LI, at(100)))
               .expectExceptionMessage("立场不能为空 / A stance is required");
    }

    @Test
    void recordingTheSamePositionAgainChangesNothing() {
        fixture.given(Square.plus(Square.itemRunning(),
                                  new PositionRecorded(SESSION, NOISE_ITEM, LI, Stance.SUPPORT, REASON, at(90))))
               .when(new RecordPosition(SESSION, Stance.SUPPORT, REASON + " ", LI, at(100)))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aParticipantChangesTheirPosition() {
        fixture.given(Square.plus(Square.itemRunning(),
                                  new PositionRecorded(SESSION, NOISE_ITEM, LI, Stance.SUPPORT, REASON, at(90))))
               .when(new RecordPosition(SESSION, Stance.CONCERN, REASON, LI, at(100)))
               .expectEvents(new PositionRecorded(SESSION, NOISE_ITEM, LI, Stance.CONCERN, REASON, at(100)));
    }

    @Test
    void aPositionOnOneItemSaysNothingAboutTheNext() {
        fixture.given(Square.plus(Square.itemRunning(),
                                  new PositionRecorded(SESSION, NOISE_ITEM, LI, Stance.SUPPORT, REASON, at(90)),
                                  new AgendaItemClosed(SESSION, NOISE_ITEM, Outcome.DEFERRED, null, MODERATOR, at(95)),
                                  new AgendaItemStarted(SESSION, STALLS_ITEM, 120, MODERATOR, at(96))))
               .when(new RecordPosition(SESSION, Stance.SUPPORT, REASON, LI, at(100)))
               .expectEvents(new PositionRecorded(SESSION, STALLS_ITEM, LI, Stance.SUPPORT, REASON, at(100)));
    }
}
