package org.yishi.query.sessiontesting;

import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.CommunityRegistered;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.motion.BallotCast;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.MotionOption;
import org.yishi.command.api.motion.Tally;
import org.yishi.command.api.motion.Voter;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.session.AgendaItemAdded;
import org.yishi.command.api.session.AgendaItemClosed;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.AgendaItemRemoved;
import org.yishi.command.api.session.AgendaItemStarted;
import org.yishi.command.api.session.AgendaPublished;
import org.yishi.command.api.session.AgendaReordered;
import org.yishi.command.api.session.BoardVisibilityChanged;
import org.yishi.command.api.session.CheckInMethod;
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
import org.yishi.command.api.session.SessionId;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.api.session.SessionOpened;
import org.yishi.command.api.session.SessionResumed;
import org.yishi.command.api.session.SessionScheduled;
import org.yishi.command.api.session.Stance;
import org.yishi.command.api.session.TurnEndReason;
import org.yishi.command.api.session.TurnEnded;
import org.yishi.query.motiontesting.Votes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A whole residents' meeting at 锦苑, as its events: five residents in the electorate (three needed), a merchant who
 * does not count, two items (the square's noise, then street stalls), a speakers list with a call out of order,
 * positions changed, quorum lost and regained, an adjournment, notes. Event i is at position {@code FIRST + i} and was
 * appended one second after the one before it.
 */
public final class DeliberationDay {

    public static final CommunityId JINYUAN = new CommunityId("jinyuan");
    public static final SessionId MEETING = new SessionId("meeting-1");
    public static final PersonId WANG = new PersonId("p-wang");
    public static final PersonId ZHANG = new PersonId("p-zhang");
    public static final PersonId LI = new PersonId("p-li");
    public static final PersonId CHEN = new PersonId("p-chen");
    public static final PersonId LIU = new PersonId("p-liu");
    public static final PersonId ZHAO = new PersonId("p-zhao");
    public static final AgendaItemId SQUARE = new AgendaItemId("item-square");
    public static final AgendaItemId STALLS = new AgendaItemId("item-stalls");
    public static final AgendaItemId PARKING = new AgendaItemId("item-parking");
    public static final RuleSet RULES = RuleSet.defaultFor(SessionKind.RESIDENTS_MEETING);
    public static final Instant STARTS_AT = Instant.parse("2026-05-09T01:00:00Z");
    public static final Instant T = Instant.parse("2026-05-09T01:00:00Z");
    public static final long FIRST = 100;
    public static final MotionId SQUARE_VOTE = new MotionId("motion-square");

    /** One event with where and when it was appended. */
    public record Positioned(Object event, long position, Instant appendedAt) {
    }

    private DeliberationDay() {
    }

    public static List<Positioned> events() {
        return positioned(day());
    }

    /**
     * The same day with a named yes / no / abstain vote on the square's noise before the item closes: the three
     * residents checked in then are the roll, 张阿姨 changes her ballot, and the vote passes 2 to 1.
     */
    public static List<Positioned> withVote() {
        List<Object> day = day();
        int closing = 0;
        while (!(day.get(closing) instanceof AgendaItemClosed)) {
            closing++;
        }
        List<Voter> roll = List.of(new Voter(ZHANG, null, false, null), new Voter(LI, null, false, null),
                                   new Voter(CHEN, null, false, null));
        Votes.Setup setup = Votes.Setup.named();
        Tally tally = new Tally(Map.of(MotionOption.YES, 2, MotionOption.NO, 1, MotionOption.ABSTAIN, 0), 3, 3,
                                List.of());
        day.addAll(closing, List.of(
                Votes.opened(SQUARE_VOTE, MEETING, SQUARE, "晚上九点后广场舞停止播放音乐", setup, roll, null, at(280)),
                new BallotCast(SQUARE_VOTE, ZHANG, null, MotionOption.NO, null, false, "z1", at(281)),
                new BallotCast(SQUARE_VOTE, LI, null, MotionOption.YES, null, false, "l1", at(282)),
                new BallotCast(SQUARE_VOTE, ZHANG, null, MotionOption.YES, null, true, "z2", at(283)),
                new BallotCast(SQUARE_VOTE, CHEN, null, MotionOption.NO, null, false, "c1", at(284)),
                Votes.closedYesNo(SQUARE_VOTE, tally, 3, at(290))));
        return positioned(day);
    }

    private static List<Positioned> positioned(List<Object> day) {
        List<Positioned> positioned = new ArrayList<>();
        for (int i = 0; i < day.size(); i++) {
            positioned.add(new Positioned(day.get(i), FIRST + i, T.plusSeconds(i)));
        }
        return positioned;
    }

    private static List<Object> day() {
        List<Object> day = new ArrayList<>();
        day.add(new CommunityRegistered(JINYUAN, "锦苑社区", "锦苑街道", "成华区", "admin"));
        day.add(new MemberRegistered(JINYUAN, WANG, "王委员", null, WANG));
        day.add(new MemberRegistered(JINYUAN, ZHANG, "张阿姨", null, WANG));
        day.add(new MemberRegistered(JINYUAN, LI, "李师傅", null, WANG));
        day.add(new MemberRegistered(JINYUAN, CHEN, "陈大爷", null, WANG));
        day.add(new MemberRegistered(JINYUAN, ZHAO, "赵经理", null, WANG));
        day.add(new SessionScheduled(MEETING, JINYUAN, SessionKind.RESIDENTS_MEETING, "五月居民会议", STARTS_AT,
                                     "社区活动中心", Format.HYBRID, WANG, Set.of(StakeholderGroup.MERCHANT), "ab12cd",
                                     120, false, RULES, 5, 3, WANG, at(0)));
        day.add(new AgendaItemAdded(MEETING, SQUARE, new ProposalId("square"), "广场舞噪音", 30, 180, WANG, at(1)));
        day.add(new AgendaItemAdded(MEETING, STALLS, null, "占道摆摊", 20, 0, WANG, at(2)));
        day.add(new AgendaItemAdded(MEETING, PARKING, null, "停车", 10, 0, WANG, at(3)));
        day.add(new AgendaItemRemoved(MEETING, PARKING, WANG, at(4)));
        day.add(new AgendaReordered(MEETING, List.of(STALLS, SQUARE), WANG, at(5)));
        day.add(new AgendaReordered(MEETING, List.of(SQUARE, STALLS), WANG, at(6)));
        day.add(new AgendaPublished(MEETING, List.of(SQUARE, STALLS), WANG, at(7)));
        day.add(new BoardVisibilityChanged(MEETING, true, WANG, at(8)));
        day.add(checkIn(ZHANG, CheckInMethod.CODE, true, 1, 9));
        day.add(checkIn(LI, CheckInMethod.CODE, true, 2, 10));
        day.add(checkIn(ZHAO, CheckInMethod.STAFF, false, 2, 11));
        day.add(checkIn(CHEN, CheckInMethod.ONLINE, true, 3, 12));
        day.add(new SessionOpened(MEETING, RULES, 5, 3, 3, WANG, at(13)));
        day.add(new QuorumReached(MEETING, 3, 3, at(13)));
        day.add(new AgendaItemStarted(MEETING, SQUARE, 180, WANG, at(14)));
        day.add(new FloorRequested(MEETING, SQUARE, ZHANG, at(15)));
        day.add(new FloorRequested(MEETING, SQUARE, LI, at(16)));
        day.add(new FloorRequested(MEETING, SQUARE, CHEN, at(17)));
        day.add(new FloorRequestWithdrawn(MEETING, SQUARE, CHEN, at(18)));
        day.add(new FloorGiven(MEETING, SQUARE, ZHANG, false, null, at(19 + 180), WANG, at(19)));
        day.add(new PositionRecorded(MEETING, SQUARE, LI, Stance.SUPPORT, "晚上九点后应该停", at(20)));
        day.add(new TurnEnded(MEETING, SQUARE, ZHANG, TurnEndReason.TIME_UP, at(199)));
        day.add(new FloorGiven(MEETING, SQUARE, CHEN, true, "年长者优先", at(200 + 180), WANG, at(200)));
        day.add(new TurnEnded(MEETING, SQUARE, CHEN, TurnEndReason.BY_SPEAKER, at(260)));
        day.add(new PositionRecorded(MEETING, SQUARE, ZHANG, Stance.OPPOSE, "跳舞是锻炼", at(261)));
        day.add(new PositionRecorded(MEETING, SQUARE, ZHANG, Stance.CONCERN, "", at(262)));
        day.add(new PositionRecorded(MEETING, SQUARE, CHEN, Stance.SUPPORT, "音量要限制", at(263)));
        day.add(new MinutesNoteAdded(MEETING, SQUARE, "物业同意安装分贝仪", WANG, at(264)));
        day.add(new ParticipantLeft(MEETING, LI, 2, 3, LI, at(265)));
        day.add(new QuorumLost(MEETING, 2, 3, at(265)));
        day.add(checkIn(LI, CheckInMethod.CODE, true, 3, 266));
        day.add(new QuorumReached(MEETING, 3, 3, at(266)));
        day.add(new FloorGiven(MEETING, SQUARE, LI, false, null, at(267 + 180), WANG, at(267)));
        day.add(new TurnEnded(MEETING, SQUARE, LI, TurnEndReason.ITEM_CLOSED, at(300)));
        day.add(new AgendaItemClosed(MEETING, SQUARE, Outcome.RECOMMENDATION, "成立广场治理监督小组", WANG, at(300)));
        day.add(new SessionAdjourned(MEETING, "休息十分钟", WANG, at(301)));
        day.add(new SessionResumed(MEETING, WANG, at(901)));
        day.add(new AgendaItemStarted(MEETING, STALLS, 120, WANG, at(902)));
        day.add(new PositionRecorded(MEETING, STALLS, ZHAO, Stance.CONCERN, "商户也要生计", at(903)));
        day.add(new FloorRequested(MEETING, STALLS, ZHANG, at(904)));
        day.add(new AgendaItemClosed(MEETING, STALLS, Outcome.DEFERRED, "下次再议", WANG, at(905)));
        day.add(new MinutesNoteAdded(MEETING, null, "会议秩序良好", WANG, at(906)));
        day.add(new SessionClosed(MEETING, WANG, at(907)));
        return day;
    }

    /** The day's events from the one of type {@code type} on, or up to it, for a test that stops part way. */
    public static List<Positioned> until(Class<?> type, int occurrence) {
        return until(events(), type, occurrence);
    }

    /** These events up to the given one. */
    public static List<Positioned> until(List<Positioned> events, Class<?> type, int occurrence) {
        int seen = 0;
        for (int i = 0; i < events.size(); i++) {
            if (type.isInstance(events.get(i).event()) && ++seen == occurrence) {
                return events.subList(0, i + 1);
            }
        }
        throw new IllegalArgumentException("No " + type.getSimpleName() + " number " + occurrence);
    }

    private static ParticipantCheckedIn checkIn(PersonId person, CheckInMethod method, boolean counts, int present,
                                                int second) {
        PersonId by = method == CheckInMethod.STAFF ? WANG : person;
        return new ParticipantCheckedIn(MEETING, person, null, null, counts, method, present, 3, by, at(second));
    }

    public static Instant at(int second) {
        return STARTS_AT.plusSeconds(second);
    }
}
