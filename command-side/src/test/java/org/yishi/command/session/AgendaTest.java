package org.yishi.command.session;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.session.AddAgendaItem;
import org.yishi.command.api.session.AgendaItemAdded;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.AgendaItemRemoved;
import org.yishi.command.api.session.AgendaItemStarted;
import org.yishi.command.api.session.AgendaPublished;
import org.yishi.command.api.session.AgendaReordered;
import org.yishi.command.api.session.PublishAgenda;
import org.yishi.command.api.session.RemoveAgendaItem;
import org.yishi.command.api.session.ReorderAgenda;
import org.yishi.command.api.session.SessionClosed;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.api.session.StartItem;

import java.util.List;

import static org.yishi.command.session.Square.COMMITTEE;
import static org.yishi.command.session.Square.HUAYUAN_NOISE;
import static org.yishi.command.session.Square.LI;
import static org.yishi.command.session.Square.MODERATOR;
import static org.yishi.command.session.Square.NOISE;
import static org.yishi.command.session.Square.NOISE_ITEM;
import static org.yishi.command.session.Square.NOISE_TITLE;
import static org.yishi.command.session.Square.PARKING_VOTE;
import static org.yishi.command.session.Square.PENDING;
import static org.yishi.command.session.Square.SESSION;
import static org.yishi.command.session.Square.SPEAKING_SECONDS;
import static org.yishi.command.session.Square.STALLS_ITEM;
import static org.yishi.command.session.Square.at;

class AgendaTest {

    private static final AgendaItemId NEW_ITEM = new AgendaItemId("item-new");

    private AggregateTestFixture<Session> fixture;

    @BeforeEach
    void fixture() {
        fixture = Square.fixture();
    }

    private static AddAgendaItem add(ProposalId proposal, String title) {
        return new AddAgendaItem(SESSION, NEW_ITEM, proposal, title, 30, 0, COMMITTEE, at(5));
    }

    @Test
    void anItemFromAProposalAcceptedOntoADeliberationDayTakesTheProposalsTitle() {
        fixture.given(Square.scheduled(SessionKind.DELIBERATION_DAY))
               .when(add(NOISE, null))
               .expectEvents(new AgendaItemAdded(SESSION, NEW_ITEM, NOISE, NOISE_TITLE, 30, SPEAKING_SECONDS,
                                                 COMMITTEE, at(5)));
    }

    @Test
    void anItemFromAProposalMayBeRetitled() {
        fixture.given(Square.scheduled(SessionKind.DELIBERATION_DAY))
               .when(add(NOISE, " 晚间广场噪音 "))
               .expectEvents(new AgendaItemAdded(SESSION, NEW_ITEM, NOISE, "晚间广场噪音", 30, SPEAKING_SECONDS,
                                                 COMMITTEE, at(5)));
    }

    @Test
    void anItemKeepsItsOwnSpeakingTimeWhenOneIsGiven() {
        fixture.given(Square.scheduled(SessionKind.DELIBERATION_DAY))
               .when(new AddAgendaItem(SESSION, NEW_ITEM, null, "垃圾分类", 15, 90, COMMITTEE, at(5)))
               .expectEvents(new AgendaItemAdded(SESSION, NEW_ITEM, null, "垃圾分类", 15, 90, COMMITTEE, at(5)));
    }

    @Test
    void anItemAddedAdHocNeedsATitle() {
        fixture.given(Square.scheduled(SessionKind.DELIBERATION_DAY))
               .when(add(null, "  "))
               .expectExceptionMessage("议程项标题不能为空 / An item title is required")
               .expectNoEvents();
    }

    @Test
    void aProposalAcceptedForAVoteIsNotAnItemForADeliberationDay() {
        fixture.given(Square.scheduled(SessionKind.DELIBERATION_DAY))
               .when(add(PARKING_VOTE, null))
               .expectExceptionMessage("只有已受理并列入党群议事日的议题才能列入议程 / "
                                       + "Only a proposal accepted onto a deliberation day can go on the agenda");
    }

    @Test
    void aProposalNotYetScreenedIsNotAnItem() {
        fixture.given(Square.scheduled(SessionKind.DELIBERATION_DAY))
               .when(add(PENDING, null))
               .expectExceptionMessage("只有已受理并列入党群议事日的议题才能列入议程 / "
                                       + "Only a proposal accepted onto a deliberation day can go on the agenda");
    }

    @Test
    void aProposalOfAnotherCommunityIsNotAnItem() {
        fixture.given(Square.scheduled(SessionKind.DELIBERATION_DAY))
               .when(add(HUAYUAN_NOISE, null))
               .expectExceptionMessage("本社区没有这个议题 / There is no such proposal in this community");
    }

    @Test
    void anUnknownProposalIsNotAnItem() {
        fixture.given(Square.scheduled(SessionKind.DELIBERATION_DAY))
               .when(add(new ProposalId("nowhere"), null))
               .expectExceptionMessage("本社区没有这个议题 / There is no such proposal in this community");
    }

    @Test
    void theSameProposalIsNotOnOneAgendaTwice() {
        fixture.given(Square.withAgenda())
               .when(add(NOISE, null))
               .expectExceptionMessage("该议题已在本次会议的议程中 / This proposal is on this session's agenda already");
    }

    @Test
    void aProposalTakenOffTheAgendaMayBePutBack() {
        fixture.given(Square.plus(Square.withAgenda(), new AgendaItemRemoved(SESSION, NOISE_ITEM, COMMITTEE, at(1))))
               .when(add(NOISE, null))
               .expectEvents(new AgendaItemAdded(SESSION, NEW_ITEM, NOISE, NOISE_TITLE, 30, SPEAKING_SECONDS,
                                                 COMMITTEE, at(5)));
    }

    @Test
    void anItemIdIsUsedOnce() {
        fixture.given(Square.withAgenda())
               .when(new AddAgendaItem(SESSION, STALLS_ITEM, null, "又一项", 10, 0, COMMITTEE, at(5)))
               .expectExceptionMessage("议程项编号已被使用 / This agenda item id is already in use");
    }

    @Test
    void aResidentCannotChangeTheAgenda() {
        fixture.given(Square.withAgenda())
               .when(new AddAgendaItem(SESSION, NEW_ITEM, null, "我的议题", 10, 0, LI, at(5)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void theNamedModeratorRunsTheSessionButDoesNotSetItsAgenda() {
        fixture.given(Square.withAgenda())
               .when(new RemoveAgendaItem(SESSION, STALLS_ITEM, MODERATOR, at(5)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void anItemThatHasNotStartedIsTakenOffTheAgenda() {
        fixture.given(Square.withAgenda())
               .when(new RemoveAgendaItem(SESSION, STALLS_ITEM, COMMITTEE, at(5)))
               .expectEvents(new AgendaItemRemoved(SESSION, STALLS_ITEM, COMMITTEE, at(5)));
    }

    @Test
    void anItemThatHasStartedStaysOnTheAgenda() {
        fixture.given(Square.itemRunning())
               .when(new RemoveAgendaItem(SESSION, NOISE_ITEM, COMMITTEE, at(100)))
               .expectExceptionMessage("该议程项已开始，不能再更改 / This item has started and can no longer be changed")
               .expectNoEvents();
    }

    @Test
    void theAgendaIsReorderedWithEveryItemListedOnce() {
        fixture.given(Square.withAgenda())
               .when(new ReorderAgenda(SESSION, List.of(STALLS_ITEM, NOISE_ITEM), COMMITTEE, at(5)))
               .expectEvents(new AgendaReordered(SESSION, List.of(STALLS_ITEM, NOISE_ITEM), COMMITTEE, at(5)));
    }

    @Test
    void aReorderMustListEveryItemExactlyOnce() {
        String message = "新的顺序须列出每个议程项，且每项只列一次 / "
                         + "The new order must list every item on the agenda exactly once";
        for (List<AgendaItemId> order : List.of(List.of(STALLS_ITEM), List.of(STALLS_ITEM, STALLS_ITEM),
                                                List.of(STALLS_ITEM, NOISE_ITEM, NOISE_ITEM),
                                                List.of(STALLS_ITEM, NEW_ITEM))) {
            fixture.given(Square.withAgenda())
                   .when(new ReorderAgenda(SESSION, order, COMMITTEE, at(5)))
                   .expectExceptionMessage(message)
                   .expectNoEvents();
        }
    }

    @Test
    void anItemThatHasStartedKeepsItsPlace() {
        fixture.given(Square.itemRunning())
               .when(new ReorderAgenda(SESSION, List.of(STALLS_ITEM, NOISE_ITEM), COMMITTEE, at(100)))
               .expectExceptionMessage("已开始的议程项不能调整顺序 / An item that has started keeps its place");
    }

    @Test
    void theAgendaIsPublishedInItsOrder() {
        fixture.given(Square.plus(Square.withAgenda(),
                                  new AgendaReordered(SESSION, List.of(STALLS_ITEM, NOISE_ITEM), COMMITTEE, at(1))))
               .when(new PublishAgenda(SESSION, COMMITTEE, at(5)))
               .expectEvents(new AgendaPublished(SESSION, List.of(STALLS_ITEM, NOISE_ITEM), COMMITTEE, at(5)));
    }

    @Test
    void anEmptyAgendaIsNotPublished() {
        fixture.given(Square.scheduled(SessionKind.DELIBERATION_DAY))
               .when(new PublishAgenda(SESSION, COMMITTEE, at(5)))
               .expectExceptionMessage("议程为空，无法公布 / There is nothing on the agenda to publish");
    }

    @Test
    void theAgendaOfAClosedSessionStaysAsItWas() {
        fixture.given(Square.plus(Square.withAgenda(), new SessionClosed(SESSION, COMMITTEE, at(1))))
               .when(add(null, "补充议题"))
               .expectExceptionMessage("会议已结束 / The session is over");
    }

    @Test
    void anItemAddedWhileTheSessionRunsStartsLater() {
        fixture.given(Square.itemRunning())
               .when(add(null, "临时动议"))
               .expectEvents(new AgendaItemAdded(SESSION, NEW_ITEM, null, "临时动议", 30, SPEAKING_SECONDS, COMMITTEE,
                                                 at(5)));
    }

    @Test
    void noItemIsStartedThatIsNotOnTheAgenda() {
        fixture.given(Square.opened())
               .when(new StartItem(SESSION, NEW_ITEM, MODERATOR, at(70)))
               .expectExceptionMessage("议程中没有这一项 / There is no such item on the agenda");
    }

    @Test
    void anItemStartsWithItsOwnSpeakingTime() {
        fixture.given(Square.opened())
               .when(new StartItem(SESSION, STALLS_ITEM, MODERATOR, at(70)))
               .expectEvents(new AgendaItemStarted(SESSION, STALLS_ITEM, 120, MODERATOR, at(70)));
    }
}
