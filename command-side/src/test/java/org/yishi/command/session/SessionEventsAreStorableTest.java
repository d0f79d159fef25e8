package org.yishi.command.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.session.AgendaItemAdded;
import org.yishi.command.api.session.AgendaItemClosed;
import org.yishi.command.api.session.AgendaItemRemoved;
import org.yishi.command.api.session.AgendaItemStarted;
import org.yishi.command.api.session.AgendaPublished;
import org.yishi.command.api.session.AgendaReordered;
import org.yishi.command.api.session.BoardVisibilityChanged;
import org.yishi.command.api.session.CheckInMethod;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.api.session.FloorGiven;
import org.yishi.command.api.session.FloorRequestWithdrawn;
import org.yishi.command.api.session.FloorRequested;
import org.yishi.command.api.session.Format;
import org.yishi.command.api.session.MinutesNoteAdded;
import org.yishi.command.api.session.Outcome;
import org.yishi.command.api.session.ParticipantCheckedIn;
import org.yishi.command.api.session.ParticipantLeft;
import org.yishi.command.api.session.PositionRecorded;
import org.yishi.command.api.session.QuorumLost;
import org.yishi.command.api.session.QuorumReached;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionAdjourned;
import org.yishi.command.api.session.SessionClosed;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.api.session.SessionOpened;
import org.yishi.command.api.session.SessionResumed;
import org.yishi.command.api.session.SessionScheduled;
import org.yishi.command.api.session.Stance;
import org.yishi.command.api.session.TurnEndReason;
import org.yishi.command.api.session.TurnEnded;
import org.yishi.command.eventstore.EventSerializers;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yishi.command.session.Square.ADULT_RESIDENTS;
import static org.yishi.command.session.Square.COMMITTEE;
import static org.yishi.command.session.Square.GROUP_1;
import static org.yishi.command.session.Square.HOUSEHOLD_1;
import static org.yishi.command.session.Square.JINYUAN;
import static org.yishi.command.session.Square.LI;
import static org.yishi.command.session.Square.MODERATOR;
import static org.yishi.command.session.Square.NOISE;
import static org.yishi.command.session.Square.NOISE_ITEM;
import static org.yishi.command.session.Square.PROPERTY;
import static org.yishi.command.session.Square.SESSION;
import static org.yishi.command.session.Square.STALLS_ITEM;
import static org.yishi.command.session.Square.STARTS_AT;
import static org.yishi.command.session.Square.at;

/** Every session event, and the deadline a turn leaves behind, reads back equal through the store's mapper. */
class SessionEventsAreStorableTest {

    private static final ObjectMapper STORE = EventSerializers.objectMapper();

    static Stream<Object> events() {
        RuleSet byHouseholds = new RuleSet(SessionKind.RESIDENTS_MEETING, 3, ElectorateType.HOUSEHOLDS,
                                           new Fraction(1, 2), new Fraction(2, 3));
        return Stream.of(
                Square.scheduled(SessionKind.DELIBERATION_DAY),
                new SessionScheduled(SESSION, JINYUAN, SessionKind.RESIDENTS_MEETING, "居民会议", STARTS_AT, null,
                                     Format.ONLINE, MODERATOR, Set.of(StakeholderGroup.MERCHANT,
                                                                      StakeholderGroup.CO_BUILDING_UNIT),
                                     "AB12", 120, true, byHouseholds, 3, 2, COMMITTEE, at(0)),
                new AgendaItemAdded(SESSION, NOISE_ITEM, NOISE, "广场舞噪音扰民", 30, 180, COMMITTEE, at(1)),
                new AgendaItemAdded(SESSION, STALLS_ITEM, null, "流动摊贩", 20, 120, COMMITTEE, at(2)),
                new AgendaItemRemoved(SESSION, STALLS_ITEM, COMMITTEE, at(3)),
                new AgendaReordered(SESSION, List.of(STALLS_ITEM, NOISE_ITEM), COMMITTEE, at(4)),
                new AgendaPublished(SESSION, List.of(NOISE_ITEM), COMMITTEE, at(5)),
                new BoardVisibilityChanged(SESSION, true, MODERATOR, at(6)),
                new ParticipantCheckedIn(SESSION, LI, HOUSEHOLD_1, GROUP_1, true, CheckInMethod.CODE, 1, 3, LI, at(7)),
                new ParticipantCheckedIn(SESSION, PROPERTY, null, null, false, CheckInMethod.STAFF, 1, 3, COMMITTEE,
                                         at(8)),
                new ParticipantLeft(SESSION, LI, 0, 3, LI, at(9)),
                new SessionOpened(SESSION, RuleSet.defaultFor(SessionKind.DELIBERATION_DAY), ADULT_RESIDENTS, 0, 0,
                                  MODERATOR, at(10)),
                new SessionOpened(SESSION, byHouseholds, 3, 2, 2, MODERATOR, at(10)),
                new QuorumReached(SESSION, 2, 2, at(11)),
                new QuorumLost(SESSION, 1, 2, at(12)),
                new AgendaItemStarted(SESSION, NOISE_ITEM, 180, MODERATOR, at(13)),
                new FloorRequested(SESSION, NOISE_ITEM, LI, at(14)),
                new FloorRequestWithdrawn(SESSION, NOISE_ITEM, LI, at(15)),
                new FloorGiven(SESSION, NOISE_ITEM, LI, false, null, at(196), MODERATOR, at(16)),
                new FloorGiven(SESSION, NOISE_ITEM, LI, true, "请先介绍", at(197), MODERATOR, at(17)),
                new TurnEnded(SESSION, NOISE_ITEM, LI, TurnEndReason.TIME_UP, at(197)),
                new PositionRecorded(SESSION, NOISE_ITEM, LI, Stance.CONCERN, "", at(18)),
                new PositionRecorded(SESSION, NOISE_ITEM, LI, Stance.SUPPORT, "孩子要睡觉😀", at(19)),
                new MinutesNoteAdded(SESSION, null, "会后补记", COMMITTEE, at(20)),
                new MinutesNoteAdded(SESSION, NOISE_ITEM, "物业承诺", MODERATOR, at(21)),
                new AgendaItemClosed(SESSION, NOISE_ITEM, Outcome.RECOMMENDATION, "成立监督小组", MODERATOR, at(22)),
                new AgendaItemClosed(SESSION, NOISE_ITEM, Outcome.DEFERRED, null, MODERATOR, at(22)),
                new SessionAdjourned(SESSION, null, MODERATOR, at(23)),
                new SessionResumed(SESSION, MODERATOR, at(24)),
                new SessionClosed(SESSION, MODERATOR, at(25)),
                new SpeakingTimeUp(NOISE_ITEM, LI, at(16), at(196)));
    }

    @ParameterizedTest
    @MethodSource("events")
    void anEventReadsBackAsItWasWritten(Object event) throws Exception {
        assertThat(STORE.readValue(STORE.writeValueAsString(event), event.getClass())).isEqualTo(event);
    }
}
