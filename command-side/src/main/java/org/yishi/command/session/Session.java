package org.yishi.command.session;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.yishi.command.access.CommunityRegisters;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.session.AddAgendaItem;
import org.yishi.command.api.session.AddMinutesNote;
import org.yishi.command.api.session.AdjournSession;
import org.yishi.command.api.session.AgendaItemAdded;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.AgendaItemClosed;
import org.yishi.command.api.session.AgendaItemRemoved;
import org.yishi.command.api.session.AgendaItemStarted;
import org.yishi.command.api.session.AgendaPublished;
import org.yishi.command.api.session.AgendaReordered;
import org.yishi.command.api.session.BoardVisibilityChanged;
import org.yishi.command.api.session.ChangeBoardVisibility;
import org.yishi.command.api.session.CheckIn;
import org.yishi.command.api.session.CloseItem;
import org.yishi.command.api.session.CloseSession;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.api.session.EndTurn;
import org.yishi.command.api.session.FloorGiven;
import org.yishi.command.api.session.FloorRequestWithdrawn;
import org.yishi.command.api.session.FloorRequested;
import org.yishi.command.api.session.Format;
import org.yishi.command.api.session.GiveFloor;
import org.yishi.command.api.session.LeaveSession;
import org.yishi.command.api.session.MinutesNoteAdded;
import org.yishi.command.api.session.OpenSession;
import org.yishi.command.api.session.ParticipantCheckedIn;
import org.yishi.command.api.session.ParticipantLeft;
import org.yishi.command.api.session.PositionRecorded;
import org.yishi.command.api.session.PublishAgenda;
import org.yishi.command.api.session.QuorumLost;
import org.yishi.command.api.session.QuorumReached;
import org.yishi.command.api.session.RecordPosition;
import org.yishi.command.api.session.RemoveAgendaItem;
import org.yishi.command.api.session.ReorderAgenda;
import org.yishi.command.api.session.RequestFloor;
import org.yishi.command.api.session.ResumeSession;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.ScheduleSession;
import org.yishi.command.api.session.SessionAdjourned;
import org.yishi.command.api.session.SessionClosed;
import org.yishi.command.api.session.SessionId;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.api.session.SessionOpened;
import org.yishi.command.api.session.SessionResumed;
import org.yishi.command.api.session.SessionScheduled;
import org.yishi.command.api.session.SessionStatus;
import org.yishi.command.api.session.Stance;
import org.yishi.command.api.session.StartItem;
import org.yishi.command.api.session.TurnEndReason;
import org.yishi.command.api.session.TurnEnded;
import org.yishi.command.api.session.WithdrawFloorRequest;
import org.yishi.command.community.Standing;
import org.yishi.command.proposal.AgendaProposal;
import org.yishi.command.proposal.AgendaProposals;
import org.yishi.command.text.CommandText;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A live session: a deliberation day, a residents' meeting or a representatives' meeting, from scheduling to close.
 * One aggregate, because every rule here (the floor, positions, the quorum) depends on who is present and which item
 * runs, and the commands of one session arrive at the pace of people in a room.
 */
@Aggregate(cache = "sessionCache", lockFactory = "sessionLockFactory")
class Session {

    private static final int MAX_TITLE = 100;
    private static final int MAX_PLACE = 100;
    private static final int MAX_NOTE = 2000;
    private static final int MAX_REASON = 200;
    private static final int MIN_SPEAKING_SECONDS = 15;
    private static final int MAX_SPEAKING_SECONDS = 1800;
    private static final int MAX_PLANNED_MINUTES = 480;

    @AggregateIdentifier
    private SessionId sessionId;
    private CommunityId communityId;
    private ChairRule chair;
    private CheckInRule checkIn;
    private SessionKind kind;
    private int speakingSeconds;
    private boolean publicBoard;
    private SessionStatus status;
    private ElectorateType electorate;
    private RuleSet ruleSet;
    private QuorumRule quorum;
    private boolean quorate;
    private PresenceCount presence = PresenceCount.NOBODY;
    private final Agenda agenda = new Agenda();
    private final SpeakersList speakers = new SpeakersList();
    private final Map<PersonId, Position> positions = new HashMap<>();

    private record Position(Stance stance, String reason) {
    }

    Session() {
    }

    @CommandHandler
    Session(ScheduleSession command, CommunityRegisters registers) {
        CommunityId community = CommandText.present(command.communityId(), "社区", "A community");
        ChairRule.requireOrganiser(registers.standing(community, command.actor()));
        CommandText.present(command.kind(), "会议类型", "The kind of session");
        Format format = CommandText.present(command.format(), "参会方式", "Where people take part");
        String title = CommandText.required(command.title(), MAX_TITLE, "会议名称", "A title");
        CommandText.present(command.startsAt(), "开始时间", "A start time");
        String place = CommandText.optional(command.place(), MAX_PLACE, "地点", "The place");
        if (place == null && format != Format.ONLINE) {
            throw new Rejection("现场会议须写明地点", "A session in a room needs its place");
        }
        PersonId moderator = CommandText.present(command.moderator(), "主持人", "A moderator");
        if (!registers.standing(community, moderator).member()) {
            throw new Rejection("主持人须是本社区成员", "The moderator must be a member of this community");
        }
        String joinCode = JoinCode.check(command.joinCode());
        checkSpeakingSeconds(command.speakingSeconds());
        Set<StakeholderGroup> invited = command.invitedGroups() == null ? Set.of()
                                                                        : Set.copyOf(command.invitedGroups());
        RuleSet ruleSet = registers.ruleSet(community, command.kind());
        int electorateSize = registers.electorateSize(community, ruleSet.electorate());
        apply(new SessionScheduled(command.sessionId(), community, command.kind(), title, command.startsAt(), place,
                                   format, moderator, invited, joinCode, command.speakingSeconds(),
                                   command.publicBoard(), ruleSet, electorateSize, ruleSet.required(electorateSize),
                                   command.actor(), command.at()));
    }

    @CommandHandler
    void handle(AddAgendaItem command, CommunityRegisters registers, AgendaProposals proposals) {
        ChairRule.requireOrganiser(registers.standing(communityId, command.actor()));
        requireNotClosed();
        AgendaRules.checkNew(agenda, command.itemId());
        String title = CommandText.optional(command.title(), MAX_TITLE, "议程项标题", "An item title");
        if (command.proposalId() != null) {
            AgendaProposal proposal = proposals.find(command.proposalId())
                                               .filter(found -> found.communityId().equals(communityId))
                                               .orElseThrow(() -> new Rejection("本社区没有这个议题",
                                                                                "There is no such proposal in this community"));
            if (!proposal.onDeliberationDay()) {
                throw new Rejection("只有已受理并列入党群议事日的议题才能列入议程",
                                    "Only a proposal accepted onto a deliberation day can go on the agenda");
            }
            if (agenda.takesUp(command.proposalId())) {
                throw new Rejection("该议题已在本次会议的议程中", "This proposal is on this session's agenda already");
            }
            title = title == null ? proposal.title() : title;
        } else if (title == null) {
            throw new Rejection("议程项标题不能为空", "An item title is required");
        }
        if (command.plannedMinutes() < 1 || command.plannedMinutes() > MAX_PLANNED_MINUTES) {
            throw new Rejection("计划时长须为1至" + MAX_PLANNED_MINUTES + "分钟",
                                "The planned time is 1 to " + MAX_PLANNED_MINUTES + " minutes");
        }
        int seconds = command.speakingSeconds() == 0 ? speakingSeconds : checkSpeakingSeconds(command.speakingSeconds());
        apply(new AgendaItemAdded(sessionId, command.itemId(), command.proposalId(), title, command.plannedMinutes(),
                                  seconds, command.actor(), command.at()));
    }

    @CommandHandler
    void handle(RemoveAgendaItem command, CommunityRegisters registers) {
        ChairRule.requireOrganiser(registers.standing(communityId, command.actor()));
        requireNotClosed();
        AgendaRules.checkChangeable(agenda, command.itemId());
        apply(new AgendaItemRemoved(sessionId, command.itemId(), command.actor(), command.at()));
    }

    @CommandHandler
    void handle(ReorderAgenda command, CommunityRegisters registers) {
        ChairRule.requireOrganiser(registers.standing(communityId, command.actor()));
        requireNotClosed();
        AgendaRules.checkReorder(agenda, command.order());
        apply(new AgendaReordered(sessionId, List.copyOf(command.order()), command.actor(), command.at()));
    }

    @CommandHandler
    void handle(PublishAgenda command, CommunityRegisters registers) {
        ChairRule.requireOrganiser(registers.standing(communityId, command.actor()));
        requireNotClosed();
        if (agenda.isEmpty()) {
            throw new Rejection("议程为空，无法公布", "There is nothing on the agenda to publish");
        }
        apply(new AgendaPublished(sessionId, agenda.order(), command.actor(), command.at()));
    }

    @CommandHandler
    void handle(ChangeBoardVisibility command, CommunityRegisters registers) {
        chair.requireChair(command.actor(), registers.standing(communityId, command.actor()));
        requireNotClosed();
        if (command.publicBoard() != publicBoard) {
            apply(new BoardVisibilityChanged(sessionId, command.publicBoard(), command.actor(), command.at()));
        }
    }

    @CommandHandler
    void handle(CheckIn command, CommunityRegisters registers) {
        requireNotClosed();
        Standing attendee = registers.standing(communityId, command.participant());
        Standing actor = command.actor().equals(command.participant())
                         ? attendee : registers.standing(communityId, command.actor());
        checkIn.check(command.method(), command.code(), command.participant(), attendee, command.actor(), actor);
        if (presence.includes(command.participant())) {
            return;
        }
        PresenceCount.Attendee counted =
                new PresenceCount.Attendee(attendee.household(), PresenceCount.counts(attendee, electorate));
        int present = presence.with(command.participant(), counted).count(electorate);
        apply(new ParticipantCheckedIn(sessionId, command.participant(), attendee.household(), attendee.group(),
                                       counted.counts(), command.method(), present, quorum.required(),
                                       command.actor(), command.at()));
        recordQuorum(present, command.at());
    }

    @CommandHandler
    void handle(LeaveSession command, CommunityRegisters registers, DeadlineManager deadlines) {
        requireNotClosed();
        PersonId participant = CommandText.present(command.participant(), "签退人", "The participant");
        if (!participant.equals(command.actor())) {
            chair.requireStaff(command.actor(), registers.standing(communityId, command.actor()));
        }
        if (!presence.includes(participant)) {
            return;
        }
        if (speakers.isSpeaking(participant)) {
            endTurn(participant.equals(command.actor()) ? TurnEndReason.BY_SPEAKER : TurnEndReason.BY_MODERATOR,
                    command.at(), deadlines);
        }
        if (speakers.isWaiting(participant)) {
            apply(new FloorRequestWithdrawn(sessionId, agenda.running().orElseThrow(), participant, command.at()));
        }
        int present = presence.without(participant).count(electorate);
        apply(new ParticipantLeft(sessionId, participant, present, quorum.required(), command.actor(), command.at()));
        recordQuorum(present, command.at());
    }

    @CommandHandler
    void handle(OpenSession command, CommunityRegisters registers) {
        chair.requireChair(command.actor(), registers.standing(communityId, command.actor()));
        if (status != SessionStatus.SCHEDULED) {
            throw new Rejection("会议已开始或已结束", "The session has already opened or is over");
        }
        RuleSet ruleSet = registers.ruleSet(communityId, kind);
        if (ruleSet.electorate() != electorate) {
            // who counted was settled at each check-in under the electorate of the schedule
            throw new Rejection("安排会议后本社区更改了此类会议的选民范围，请重新安排会议",
                                "The community changed who counts for this kind of session after it was scheduled; "
                                + "schedule it again");
        }
        int electorateSize = registers.electorateSize(communityId, electorate);
        int required = ruleSet.required(electorateSize);
        int present = presence.count(electorate);
        apply(new SessionOpened(sessionId, ruleSet, electorateSize, required, present, command.actor(),
                                command.at()));
        recordQuorum(present, command.at());
    }

    @CommandHandler
    void handle(StartItem command, CommunityRegisters registers) {
        chair.requireChair(command.actor(), registers.standing(communityId, command.actor()));
        AgendaRules.checkStart(status, agenda, command.itemId());
        apply(new AgendaItemStarted(sessionId, command.itemId(),
                                    agenda.item(command.itemId()).orElseThrow().speakingSeconds(), command.actor(),
                                    command.at()));
    }

    @CommandHandler
    void handle(CloseItem command, CommunityRegisters registers, DeadlineManager deadlines) {
        chair.requireChair(command.actor(), registers.standing(communityId, command.actor()));
        String text = AgendaRules.checkClose(status, agenda, command.itemId(), command.outcome(), command.text());
        if (speakers.turn().isPresent()) {
            endTurn(TurnEndReason.ITEM_CLOSED, command.at(), deadlines);
        }
        apply(new AgendaItemClosed(sessionId, command.itemId(), command.outcome(), text, command.actor(),
                                   command.at()));
    }

    @CommandHandler
    void handle(AdjournSession command, CommunityRegisters registers, DeadlineManager deadlines) {
        chair.requireChair(command.actor(), registers.standing(communityId, command.actor()));
        if (status != SessionStatus.OPEN) {
            throw new Rejection("会议进行中才能休会", "Only a session in session can be adjourned");
        }
        String reason = CommandText.optional(command.reason(), MAX_REASON, "休会理由", "A reason");
        if (speakers.turn().isPresent()) {
            endTurn(TurnEndReason.BY_MODERATOR, command.at(), deadlines);
        }
        apply(new SessionAdjourned(sessionId, reason, command.actor(), command.at()));
    }

    @CommandHandler
    void handle(ResumeSession command, CommunityRegisters registers) {
        chair.requireChair(command.actor(), registers.standing(communityId, command.actor()));
        if (status != SessionStatus.ADJOURNED) {
            throw new Rejection("会议没有休会", "The session is not adjourned");
        }
        apply(new SessionResumed(sessionId, command.actor(), command.at()));
        // people came and went during the break without moving the quorum; the record catches up now
        recordQuorum(presence.count(electorate), command.at());
    }

    @CommandHandler
    void handle(CloseSession command, CommunityRegisters registers) {
        chair.requireChair(command.actor(), registers.standing(communityId, command.actor()));
        requireNotClosed();
        AgendaRules.checkCloseSession(agenda);
        apply(new SessionClosed(sessionId, command.actor(), command.at()));
    }

    @CommandHandler
    void handle(RequestFloor command) {
        AgendaItemId item = requireTakingPart(command.actor());
        if (speakers.isWaiting(command.actor())) {
            return;
        }
        if (speakers.isSpeaking(command.actor())) {
            throw new Rejection("您正在发言", "You have the floor already");
        }
        apply(new FloorRequested(sessionId, item, command.actor(), command.at()));
    }

    @CommandHandler
    void handle(WithdrawFloorRequest command) {
        AgendaItemId item = requireTakingPart(command.actor());
        if (speakers.isWaiting(command.actor())) {
            apply(new FloorRequestWithdrawn(sessionId, item, command.actor(), command.at()));
        }
    }

    @CommandHandler
    void handle(GiveFloor command, CommunityRegisters registers, DeadlineManager deadlines) {
        chair.requireChair(command.actor(), registers.standing(communityId, command.actor()));
        AgendaItemId item = requireItemRunning();
        PersonId speaker = CommandText.present(command.speaker(), "发言人", "The speaker");
        if (!presence.includes(speaker)) {
            throw new Rejection("发言人须已签到", "The speaker must be checked in");
        }
        String reason = CommandText.optional(command.reason(), MAX_REASON, "理由", "A reason");
        boolean outOfOrder = speakers.checkGive(speaker, reason);
        Instant endsAt = command.at().plusSeconds(agenda.item(item).orElseThrow().speakingSeconds());
        apply(new FloorGiven(sessionId, item, speaker, outOfOrder, reason, endsAt, command.actor(), command.at()));
        deadlines.schedule(endsAt, SpeakingTimeUp.DEADLINE, new SpeakingTimeUp(item, speaker, command.at(), endsAt));
    }

    @CommandHandler
    void handle(EndTurn command, CommunityRegisters registers, DeadlineManager deadlines) {
        SpeakersList.Turn turn = speakers.turn().orElse(null);
        if (turn == null) {
            // a speaker who taps "end" as the time runs out asks for what has just happened: nothing to do
            if (!presence.includes(command.actor())) {
                chair.requireChair(command.actor(), registers.standing(communityId, command.actor()));
            }
            return;
        }
        boolean bySpeaker = turn.speaker().equals(command.actor());
        if (!bySpeaker) {
            chair.requireChair(command.actor(), registers.standing(communityId, command.actor()));
        }
        endTurn(bySpeaker ? TurnEndReason.BY_SPEAKER : TurnEndReason.BY_MODERATOR, command.at(), deadlines);
    }

    /** Ends the turn when its time is up, unless it ended some other way first (a cancelled deadline may still run). */
    @DeadlineHandler(deadlineName = SpeakingTimeUp.DEADLINE)
    void on(SpeakingTimeUp deadline) {
        speakers.turn()
                .filter(turn -> turn.speaker().equals(deadline.speaker()) && turn.givenAt().equals(deadline.givenAt()))
                .ifPresent(turn -> apply(new TurnEnded(sessionId, turn.item(), turn.speaker(), TurnEndReason.TIME_UP,
                                                       deadline.endsAt())));
    }

    @CommandHandler
    void handle(RecordPosition command) {
        AgendaItemId item = requireTakingPart(command.actor());
        Stance stance = CommandText.present(command.stance(), "立场", "A stance");
        String reason = PositionRule.reason(command.reason());
        if (new Position(stance, reason).equals(positions.get(command.actor()))) {
            return;
        }
        apply(new PositionRecorded(sessionId, item, command.actor(), stance, reason, command.at()));
    }

    @CommandHandler
    void handle(AddMinutesNote command, CommunityRegisters registers) {
        chair.requireChair(command.actor(), registers.standing(communityId, command.actor()));
        if (command.itemId() != null && agenda.item(command.itemId()).isEmpty()) {
            throw new Rejection("议程中没有这一项", "There is no such item on the agenda");
        }
        String text = CommandText.required(command.text(), MAX_NOTE, "纪要内容", "The note");
        apply(new MinutesNoteAdded(sessionId, command.itemId(), text, command.actor(), command.at()));
    }

    /** What a vote taken in this session reads of it; see {@link SessionRolls}. */
    SessionRoll asRoll() {
        AgendaItemId item = agenda.running().orElse(null);
        return new SessionRoll(communityId, status, item,
                               item == null ? null : agenda.item(item).orElseThrow().proposal(), ruleSet,
                               chair.moderator(), presence.present().keySet());
    }

    private void endTurn(TurnEndReason reason, Instant at, DeadlineManager deadlines) {
        SpeakersList.Turn turn = speakers.turn().orElseThrow();
        apply(new TurnEnded(sessionId, turn.item(), turn.speaker(), reason, at));
        deadlines.cancelAllWithinScope(SpeakingTimeUp.DEADLINE);
    }

    private void recordQuorum(int present, Instant at) {
        if (status == SessionStatus.OPEN) {
            quorum.crossing(sessionId, quorate, present, at).ifPresent(event -> apply(event));
        }
    }

    /** Speaking and positions are for those checked in, on the running item of a session in session. */
    private AgendaItemId requireTakingPart(PersonId actor) {
        AgendaItemId item = requireItemRunning();
        if (!presence.includes(actor)) {
            throw new Rejection("请先签到", "Check in first");
        }
        return item;
    }

    private AgendaItemId requireItemRunning() {
        if (status != SessionStatus.OPEN) {
            throw new Rejection("会议不在进行中", "The session is not in session");
        }
        return agenda.running().orElseThrow(() -> new Rejection("当前没有进行中的议程项", "No item is running"));
    }

    private void requireNotClosed() {
        if (status == SessionStatus.CLOSED) {
            throw new Rejection("会议已结束", "The session is over");
        }
    }

    private static int checkSpeakingSeconds(int seconds) {
        if (seconds < MIN_SPEAKING_SECONDS || seconds > MAX_SPEAKING_SECONDS) {
            throw new Rejection("每人发言时间须为" + MIN_SPEAKING_SECONDS + "至" + MAX_SPEAKING_SECONDS + "秒",
                                "A speaking time is " + MIN_SPEAKING_SECONDS + " to " + MAX_SPEAKING_SECONDS
                                + " seconds");
        }
        return seconds;
    }

    @EventSourcingHandler
    void on(SessionScheduled event) {
        sessionId = event.sessionId();
        communityId = event.communityId();
        kind = event.kind();
        chair = new ChairRule(event.moderator());
        checkIn = new CheckInRule(event.format(), event.joinCode(), Set.copyOf(event.invitedGroups()), chair);
        speakingSeconds = event.speakingSeconds();
        publicBoard = event.publicBoard();
        status = SessionStatus.SCHEDULED;
        electorate = event.ruleSet().electorate();
        ruleSet = event.ruleSet();
        quorum = new QuorumRule(event.required());
    }

    @EventSourcingHandler
    void on(AgendaItemAdded event) {
        agenda.add(event.itemId(), new Agenda.Item(event.proposalId(), event.speakingSeconds(), Agenda.Stage.WAITING));
    }

    @EventSourcingHandler
    void on(AgendaItemRemoved event) {
        agenda.remove(event.itemId());
    }

    @EventSourcingHandler
    void on(AgendaReordered event) {
        agenda.reorder(event.order());
    }

    @EventSourcingHandler
    void on(BoardVisibilityChanged event) {
        publicBoard = event.publicBoard();
    }

    @EventSourcingHandler
    void on(ParticipantCheckedIn event) {
        presence = presence.with(event.participant(), new PresenceCount.Attendee(event.household(), event.counts()));
    }

    @EventSourcingHandler
    void on(ParticipantLeft event) {
        presence = presence.without(event.participant());
    }

    @EventSourcingHandler
    void on(SessionOpened event) {
        status = SessionStatus.OPEN;
        ruleSet = event.ruleSet();
        quorum = new QuorumRule(event.required());
    }

    @EventSourcingHandler
    void on(QuorumReached event) {
        quorate = true;
    }

    @EventSourcingHandler
    void on(QuorumLost event) {
        quorate = false;
    }

    @EventSourcingHandler
    void on(AgendaItemStarted event) {
        agenda.start(event.itemId());
        speakers.clear();
        positions.clear();
    }

    @EventSourcingHandler
    void on(AgendaItemClosed event) {
        agenda.close(event.itemId());
        speakers.clear();
        positions.clear();
    }

    @EventSourcingHandler
    void on(SessionAdjourned event) {
        status = SessionStatus.ADJOURNED;
    }

    @EventSourcingHandler
    void on(SessionResumed event) {
        status = SessionStatus.OPEN;
    }

    @EventSourcingHandler
    void on(SessionClosed event) {
        status = SessionStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(FloorRequested event) {
        speakers.request(event.participant());
    }

    @EventSourcingHandler
    void on(FloorRequestWithdrawn event) {
        speakers.withdraw(event.participant());
    }

    @EventSourcingHandler
    void on(FloorGiven event) {
        speakers.give(new SpeakersList.Turn(event.itemId(), event.speaker(), event.at(), event.endsAt()));
    }

    @EventSourcingHandler
    void on(TurnEnded event) {
        speakers.endTurn();
    }

    @EventSourcingHandler
    void on(PositionRecorded event) {
        positions.put(event.participant(), new Position(event.stance(), event.reason()));
    }
}
