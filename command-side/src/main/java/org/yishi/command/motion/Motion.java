package org.yishi.command.motion;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.yishi.command.access.CommunityRegisters;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.motion.BallotCast;
import org.yishi.command.api.motion.BallotOutcome;
import org.yishi.command.api.motion.BallotsUnsealed;
import org.yishi.command.api.motion.CastBallot;
import org.yishi.command.api.motion.CastBallots;
import org.yishi.command.api.motion.CloseMotion;
import org.yishi.command.api.motion.ClosedBy;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.MotionOpened;
import org.yishi.command.api.motion.MotionOption;
import org.yishi.command.api.motion.OpenMotion;
import org.yishi.command.api.motion.SealedBallot;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.api.motion.VoteRecorded;
import org.yishi.command.api.motion.Voter;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionId;
import org.yishi.command.community.Standing;
import org.yishi.command.session.SessionRolls;
import org.yishi.command.text.CommandText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One vote (表决), from opening to the count. Its own aggregate, apart from the session it may be taken in, so that
 * a vote of thousands is not queued behind the speakers list; everything that decides it is fixed when it opens (see
 * {@link MotionOpening}), so a ballot reads nothing but the motion itself.
 */
@Aggregate(cache = "motionCache", lockFactory = "motionLockFactory")
class Motion {

    private static final int MAX_OPTION_KEY = 20;

    @AggregateIdentifier
    private MotionId motionId;
    private CommunityId communityId;
    private SessionId sessionId;
    private List<MotionOption> options;
    private Secrecy secrecy;
    private boolean changeable;
    private Instant closesAt;
    private RuleSet ruleSet;
    private Roll roll;
    private Count count;
    private boolean closed;
    private final Ballots ballots = new Ballots();

    Motion() {
    }

    @CommandHandler
    Motion(OpenMotion command, CommunityRegisters registers, SessionRolls sessions, BallotKeys keys,
           DeadlineManager deadlines) {
        MotionOpened opened = MotionOpening.decide(command, registers, sessions);
        if (opened.secrecy() == Secrecy.SECRET) {
            keys.create(opened.motionId());
        }
        apply(opened);
        if (opened.closesAt() != null) {
            deadlines.schedule(opened.closesAt(), VoteCloses.DEADLINE,
                               new VoteCloses(opened.motionId(), opened.closesAt()));
        }
    }

    @CommandHandler
    void handle(CastBallot command, BallotSeal seal) {
        cast(command, seal);
    }

    @CommandHandler
    List<BallotOutcome> handle(CastBallots command, BallotSeal seal) {
        List<BallotOutcome> outcomes = new ArrayList<>(command.ballots().size());
        for (CastBallot ballot : command.ballots()) {
            if (!motionId.equals(ballot.motionId())) {
                throw new IllegalArgumentException("A batch for " + motionId + " holds a ballot for "
                                                   + ballot.motionId());
            }
            try {
                cast(ballot, seal);
                outcomes.add(BallotOutcome.STORED);
            } catch (Rejection refused) {
                // checks come before apply(...), so a refused ballot has left nothing in this batch
                outcomes.add(BallotOutcome.refusedFor(refused));
            }
        }
        return outcomes;
    }

    private void cast(CastBallot command, BallotSeal seal) {
        PersonId actor = CommandText.present(command.actor(), "投票人", "The voter");
        if (closed || closesAt != null && command.at() != null && command.at().isAfter(closesAt)) {
            throw new Rejection("表决已结束", "The vote is closed");
        }
        Voter voter = roll.require(actor);
        if (ballots.isRetry(actor, command.requestId())) {
            return;
        }
        String option = CommandText.required(command.option(), MAX_OPTION_KEY, "选项", "An option");
        if (options.stream().noneMatch(known -> known.key().equals(option))) {
            throw new Rejection("本次表决没有这个选项", "This vote has no such option");
        }
        BallotContent content = new BallotContent(option, ConsentRule.reason(option, command.reason()));
        roll.requireHolder(voter, ballots.holder(roll.unitOf(voter)));
        boolean replaces = ballots.hasVoted(actor);
        if (replaces && content.equals(previous(actor, seal))) {
            return;
        }
        if (replaces && !changeable) {
            throw new Rejection("你已投票，本次表决不能改票", "You have voted already, and this vote does not allow changes");
        }
        if (secrecy == Secrecy.SECRET) {
            apply(new VoteRecorded(motionId, actor, roll.household(voter), seal.seal(motionId, content), replaces,
                                   command.requestId(), command.at()));
        } else {
            apply(new BallotCast(motionId, actor, roll.household(voter), content.option(), content.reason(), replaces,
                                 command.requestId(), command.at()));
        }
    }

    @CommandHandler
    void handle(CloseMotion command, CommunityRegisters registers, SessionRolls sessions, BallotSeal seal,
                DeadlineManager deadlines) {
        PersonId actor = CommandText.present(command.actor(), "操作人", "The person closing the vote");
        requireCloser(actor, registers, sessions);
        if (closed) {
            throw new Rejection("表决已结束", "The vote is closed");
        }
        close(ClosedBy.MODERATOR, actor, command.lot(), command.at(), seal);
        deadlines.cancelAllWithinScope(VoteCloses.DEADLINE);
    }

    /** Closes the vote at its deadline, unless it was closed first (a cancelled deadline may still run). */
    @DeadlineHandler(deadlineName = VoteCloses.DEADLINE)
    void on(VoteCloses deadline, BallotSeal seal) {
        if (closed || !deadline.closesAt().equals(closesAt)) {
            return;
        }
        close(ClosedBy.DEADLINE, null, null, closesAt, seal);
    }

    private void requireCloser(PersonId actor, CommunityRegisters registers, SessionRolls sessions) {
        Standing standing = registers.standing(communityId, actor);
        boolean allowed = sessionId == null
                          ? standing.actsAs(Role.COMMITTEE_MEMBER, Role.ADMINISTRATOR)
                          : sessions.find(sessionId).map(session -> session.mayChair(actor, standing)).orElse(false);
        if (!allowed) {
            throw new Unauthorized(sessionId == null ? "只有议事委员或社区管理员可以结束线上表决"
                                                     : "只有本次会议的主持人、议事委员或社区管理员可以结束表决",
                                   sessionId == null
                                   ? "Only a committee member or an administrator may close an online vote"
                                   : "Only this session's moderator, a committee member or an administrator may close the vote");
        }
    }

    /** {@code lot} null: nobody drew one, so the deadline's lot applies. */
    private void close(ClosedBy how, PersonId by, Long lot, Instant at, BallotSeal seal) {
        List<BallotContent> counted = counted(seal);
        long drawn = lot != null ? lot : DeadlineLot.of(motionId, closesAt, count.of(counted, 0).tally().counts());
        if (secrecy == Secrecy.SECRET) {
            apply(new BallotsUnsealed(motionId, counted.stream().map(BallotContent::option).toList(),
                                      counted.stream().map(BallotContent::reason).filter(Objects::nonNull).sorted()
                                             .toList(), at));
        }
        Count.Result result = count.of(counted, drawn);
        apply(new MotionClosed(motionId, result.outcome(), result.chosen(), result.tally(), result.computation(),
                               ruleSet, how, by, at));
    }

    /** Each unit's latest ballot; a secret motion's envelopes opened and put in an order that links none back. */
    private List<BallotContent> counted(BallotSeal seal) {
        if (secrecy == Secrecy.NAMED) {
            return ballots.namedBallots();
        }
        return ballots.envelopes().stream().map(envelope -> seal.open(motionId, envelope))
                      .sorted(Comparator.comparing(BallotContent::option)
                                        .thenComparing(BallotContent::reason,
                                                       Comparator.nullsFirst(Comparator.naturalOrder())))
                      .toList();
    }

    private BallotContent previous(PersonId voter, BallotSeal seal) {
        if (secrecy == Secrecy.NAMED) {
            return ballots.named(voter).orElse(null);
        }
        SealedBallot envelope = ballots.envelope(voter).orElse(null);
        return envelope == null ? null : seal.open(motionId, envelope);
    }

    @EventSourcingHandler
    void on(MotionOpened event) {
        motionId = event.motionId();
        communityId = event.communityId();
        sessionId = event.sessionId();
        options = List.copyOf(event.options());
        secrecy = event.secrecy();
        changeable = event.changeable();
        closesAt = event.closesAt();
        ruleSet = event.ruleSet();
        roll = Roll.of(event.electorate().voters(), event.unit(), event.householdBallot());
        count = new Count(event.method(), options, event.passing(), event.tieRule(), event.quorumRequired(),
                          event.electorate().units(), event.sessionId() != null);
    }

    @EventSourcingHandler
    void on(BallotCast event) {
        ballots.cast(event.voter(), roll.unitOf(roll.voters().get(event.voter())),
                     new BallotContent(event.option(), event.reason()), event.requestId());
    }

    @EventSourcingHandler
    void on(VoteRecorded event) {
        ballots.record(event.voter(), roll.unitOf(roll.voters().get(event.voter())), event.sealed(),
                       event.requestId());
    }

    @EventSourcingHandler
    void on(MotionClosed event) {
        closed = true;
    }
}
