package org.yishi.command.session;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.session.AgendaItemClosed;
import org.yishi.command.api.session.CloseItem;
import org.yishi.command.api.session.EndTurn;
import org.yishi.command.api.session.FloorGiven;
import org.yishi.command.api.session.FloorRequested;
import org.yishi.command.api.session.GiveFloor;
import org.yishi.command.api.session.Outcome;
import org.yishi.command.api.session.TurnEndReason;
import org.yishi.command.api.session.TurnEnded;

import java.time.Duration;
import java.time.Instant;

import static org.yishi.command.session.Square.LI;
import static org.yishi.command.session.Square.MODERATOR;
import static org.yishi.command.session.Square.NOISE_ITEM;
import static org.yishi.command.session.Square.SESSION;
import static org.yishi.command.session.Square.SPEAKING_SECONDS;
import static org.yishi.command.session.Square.WANG;
import static org.yishi.command.session.Square.at;

/**
 * A turn ends when its time is up by a deadline the server keeps, not by a countdown on a phone. The fixture's clock
 * stands at the moment the floor is given, as the server's clock does when it handles the command.
 */
class SpeakingTimeTest {

    private static final Instant GIVEN = at(100);
    private static final Instant ENDS = GIVEN.plusSeconds(SPEAKING_SECONDS);
    private static final SpeakingTimeUp LI_TIME_UP = new SpeakingTimeUp(NOISE_ITEM, LI, GIVEN, ENDS);

    private AggregateTestFixture<Session> fixture;

    @BeforeEach
    void fixture() {
        fixture = Square.fixture();
    }

    private static GiveFloor giveToLi() {
        return new GiveFloor(SESSION, LI, null, MODERATOR, GIVEN);
    }

    @Test
    void givingTheFloorSetsADeadlineAtTheEndOfTheSpeakingTime() {
        fixture.givenCurrentTime(GIVEN)
               .andGiven(Square.plus(Square.itemRunning(), new FloorRequested(SESSION, NOISE_ITEM, LI, at(70))))
               .when(giveToLi())
               .expectScheduledDeadline(ENDS, LI_TIME_UP)
               .expectScheduledDeadlineWithName(Duration.ofSeconds(SPEAKING_SECONDS), SpeakingTimeUp.DEADLINE);
    }

    @Test
    void theTurnEndsWhenTheTimeIsUp() {
        fixture.givenCurrentTime(GIVEN)
               .andGiven(Square.plus(Square.itemRunning(), new FloorRequested(SESSION, NOISE_ITEM, LI, at(70))))
               .andGivenCommands(giveToLi())
               .whenThenTimeElapses(Duration.ofSeconds(SPEAKING_SECONDS))
               .expectDeadlinesMet(LI_TIME_UP)
               .expectEvents(new TurnEnded(SESSION, NOISE_ITEM, LI, TurnEndReason.TIME_UP, ENDS));
    }

    @Test
    void theTurnRunsUntilTheTimeIsUp() {
        fixture.givenCurrentTime(GIVEN)
               .andGiven(Square.plus(Square.itemRunning(), new FloorRequested(SESSION, NOISE_ITEM, LI, at(70))))
               .andGivenCommands(giveToLi())
               .whenThenTimeElapses(Duration.ofSeconds(SPEAKING_SECONDS - 1))
               .expectNoEvents()
               .expectScheduledDeadline(ENDS, LI_TIME_UP);
    }

    @Test
    void aTurnEndedEarlyCancelsItsDeadline() {
        fixture.givenCurrentTime(GIVEN)
               .andGiven(Square.plus(Square.itemRunning(), new FloorRequested(SESSION, NOISE_ITEM, LI, at(70))))
               .andGivenCommands(giveToLi())
               .when(new EndTurn(SESSION, LI, at(130)))
               .expectEvents(new TurnEnded(SESSION, NOISE_ITEM, LI, TurnEndReason.BY_SPEAKER, at(130)))
               .expectNoScheduledDeadlines();
    }

    @Test
    void closingTheItemCancelsTheSpeakersDeadline() {
        fixture.givenCurrentTime(GIVEN)
               .andGiven(Square.plus(Square.itemRunning(), new FloorRequested(SESSION, NOISE_ITEM, LI, at(70))))
               .andGivenCommands(giveToLi())
               .when(new CloseItem(SESSION, NOISE_ITEM, Outcome.REFERRED_TO_VOTE, null, MODERATOR, at(130)))
               .expectEvents(new TurnEnded(SESSION, NOISE_ITEM, LI, TurnEndReason.ITEM_CLOSED, at(130)),
                             new AgendaItemClosed(SESSION, NOISE_ITEM, Outcome.REFERRED_TO_VOTE, null, MODERATOR,
                                                  at(130)))
               .expectNoScheduledDeadlines();
    }

    @Test
    void aLateDeadlineDoesNotEndTheNextSpeakersTurn() {
        Instant wangGiven = at(150);
        fixture.givenCurrentTime(GIVEN)
               .andGiven(Square.plus(Square.itemRunning(), new FloorRequested(SESSION, NOISE_ITEM, LI, at(70))))
               .andGivenCommands(giveToLi())
               // the turn ended and the next began in events the deadline never heard of
               .andGiven(new TurnEnded(SESSION, NOISE_ITEM, LI, TurnEndReason.BY_MODERATOR, at(140)),
                         new FloorGiven(SESSION, NOISE_ITEM, WANG, true, "请王芳回应", wangGiven.plusSeconds(SPEAKING_SECONDS),
                                        MODERATOR, wangGiven))
               .whenThenTimeElapses(Duration.ofSeconds(SPEAKING_SECONDS))
               .expectDeadlinesMet(LI_TIME_UP)
               .expectNoEvents();
    }
}
