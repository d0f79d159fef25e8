package org.yishi.command.motion;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.motion.BallotCast;
import org.yishi.command.api.motion.BallotsUnsealed;
import org.yishi.command.api.motion.ClosedBy;
import org.yishi.command.api.motion.Computation;
import org.yishi.command.api.motion.Electorate;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.MotionOpened;
import org.yishi.command.api.motion.MotionOption;
import org.yishi.command.api.motion.PassingBase;
import org.yishi.command.api.motion.PassingRule;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.api.motion.Tally;
import org.yishi.command.api.motion.TieRule;
import org.yishi.command.api.motion.VoteRecorded;
import org.yishi.command.api.motion.Voter;
import org.yishi.command.api.motion.VotingUnit;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.api.session.HouseholdBallot;
import org.yishi.command.eventstore.EventSerializers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yishi.command.motion.Hall.CLOSES;
import static org.yishi.command.motion.Hall.COMMITTEE;
import static org.yishi.command.motion.Hall.HOUSEHOLD_1;
import static org.yishi.command.motion.Hall.JINYUAN;
import static org.yishi.command.motion.Hall.LI;
import static org.yishi.command.motion.Hall.MEETING;
import static org.yishi.command.motion.Hall.MEETING_RULES;
import static org.yishi.command.motion.Hall.MERCHANT;
import static org.yishi.command.motion.Hall.MODERATOR;
import static org.yishi.command.motion.Hall.MOTION;
import static org.yishi.command.motion.Hall.PARKING;
import static org.yishi.command.motion.Hall.PARKING_ITEM;
import static org.yishi.command.motion.Hall.QUESTION;
import static org.yishi.command.motion.Hall.at;

/** Every motion event, and the deadline a vote leaves behind, reads back equal through the store's mapper. */
class MotionEventsAreStorableTest {

    private static final ObjectMapper STORE = EventSerializers.objectMapper();

    static Stream<Object> events() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("1", 3);
        counts.put("2", 3);
        counts.put("3", 0);
        Electorate electorate = new Electorate(ElectorateType.HOUSEHOLDS, Set.of(StakeholderGroup.MERCHANT),
                                               List.of(new Voter(LI, HOUSEHOLD_1, true, null),
                                                       new Voter(MERCHANT, null, false, StakeholderGroup.MERCHANT)),
                                               2);
        return Stream.of(
                new MotionOpened(MOTION, JINYUAN, MEETING, PARKING_ITEM, PARKING, QUESTION, Method.YES_NO_ABSTAIN,
                                 List.of(new MotionOption("YES", "赞成", "yes"), new MotionOption("NO", "反对", "no")),
                                 PassingRule.twoThirdsOfPresent(), null, Secrecy.SECRET, VotingUnit.HOUSEHOLD,
                                 HouseholdBallot.FIRST_BALLOT, false, null, MEETING_RULES, electorate, 2, true,
                                 MODERATOR, at(0)),
                new MotionOpened(MOTION, JINYUAN, null, null, null, QUESTION, Method.SINGLE_CHOICE,
                                 List.of(new MotionOption("1", "摇号", "摇号"), new MotionOption("2", "轮换", "轮换")),
                                 null, TieRule.LOT, Secrecy.NAMED, VotingUnit.PERSON, null, true, CLOSES,
                                 MEETING_RULES, electorate, 0, false, COMMITTEE, at(0)),
                new BallotCast(MOTION, LI, HOUSEHOLD_1, "OBJECT", "太吵了😀", true, "req-1", at(1)),
                new BallotCast(MOTION, LI, null, "YES", null, false, null, at(2)),
                new VoteRecorded(MOTION, LI, HOUSEHOLD_1, PlainSeal.sealed(MOTION, "NO", null), false, "req-2", at(3)),
                new BallotsUnsealed(MOTION, List.of("NO", "YES"), List.of("停车难"), at(4)),
                new BallotsUnsealed(MOTION, List.of(), List.of(), at(4)),
                new MotionClosed(MOTION, ResultOutcome.PASSED, "1", new Tally(counts, 6, 10, List.of()),
                                 new Computation(6, 6, true, 3, 0, null, false, null, List.of("1", "2"), "1", -7L),
                                 MEETING_RULES, ClosedBy.DEADLINE, null, CLOSES),
                new MotionClosed(MOTION, ResultOutcome.NO_QUORUM, null,
                                 new Tally(Map.of("CONSENT", 1, "OBJECT", 1), 2, 10, List.of("太吵")),
                                 new Computation(2, 6, false, 1, 2, new Fraction(1, 2), false, PassingBase.CAST,
                                                 List.of(), null, null),
                                 MEETING_RULES, ClosedBy.MODERATOR, MODERATOR, at(5)),
                new VoteCloses(MOTION, CLOSES));
    }

    @ParameterizedTest
    @MethodSource("events")
    void anEventReadsBackAsItWasWritten(Object event) throws Exception {
        assertThat(STORE.readValue(STORE.writeValueAsString(event), event.getClass())).isEqualTo(event);
    }
}
