package org.yishi.web;

import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.motion.BallotsUnsealed;
import org.yishi.command.api.motion.CastBallot;
import org.yishi.command.api.motion.CloseMotion;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.MotionOpened;
import org.yishi.command.api.motion.OpenMotion;
import org.yishi.command.api.motion.PassingRule;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.api.motion.VotingUnit;
import org.yishi.command.api.session.ElectorateType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A secret online vote of the demo community through the application's own wiring: the motion's handlers get the
 * registers, the session rolls, the ballot keys on the store and the seal from the context, and the key is erased by
 * its processor after the count.
 */
class MotionWiringTest extends RunningApplication {

    private static final CommunityId JINYUAN = new CommunityId("jinyuan");
    private static final PersonId COMMITTEE = new PersonId("demo-committee01");
    /** The demo's verified residents: 45 residents and the 3 committee members. */
    private static final int VERIFIED = 48;

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore events;
    @Autowired
    MongoDatabase database;

    private static PersonId resident(int number) {
        return new PersonId(String.format("demo-resident%02d", number));
    }

    private static OpenMotion open(MotionId motion, PersonId actor, Instant at) {
        return new OpenMotion(motion, JINYUAN, null, null, null, "地面停车位按摇号分配", Method.YES_NO_ABSTAIN, List.of(),
                              true, PassingRule.moreThanHalfOfPresent(), null, Secrecy.SECRET, VotingUnit.PERSON,
                              ElectorateType.ADULT_RESIDENTS, Set.of(), true, at.plus(Duration.ofDays(1)), actor, at);
    }

    private List<Object> stream(MotionId motion) {
        return events.readEvents(motion.value()).asStream().map(Message::getPayload).map(Object.class::cast).toList();
    }

    /** Opens the vote once the demo community is loaded, so that its roll is the whole electorate. */
    private MotionId openedOnTheWholeRoll() {
        AtomicInteger attempt = new AtomicInteger();
        AtomicReference<MotionId> opened = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            MotionId motion = new MotionId("wiring-" + attempt.incrementAndGet());
            try {
                commands.sendAndWait(open(motion, COMMITTEE, Instant.now()));
            } catch (Rejection notYet) {
                return false;
            }
            opened.set(motion);
            return ((MotionOpened) stream(motion).get(0)).electorate().units() == VERIFIED;
        });
        return opened.get();
    }

    @Test
    void aSecretOnlineVoteIsCountedFromItsEnvelopesAndItsKeyErasedAfterwards() {
        MotionId motion = openedOnTheWholeRoll();
        Instant at = Instant.now();
        assertThat(database.getCollection("ballot_keys").find(new Document("_id", motion.value())).first())
                .isNotNull();

        commands.sendAndWait(new CastBallot(motion, "YES", null, "r1", resident(1), at));
        commands.sendAndWait(new CastBallot(motion, "NO", null, "r2", resident(2), at));
        commands.sendAndWait(new CastBallot(motion, "YES", null, "r3", resident(3), at));
        commands.sendAndWait(new CastBallot(motion, "NO", null, "r4", resident(1), at));
        commands.sendAndWait(new CastBallot(motion, "ABSTAIN", null, "r2", resident(2), at));
        assertThatThrownBy(() -> commands.sendAndWait(new CastBallot(motion, "YES", null, "r5", resident(46), at)))
                .isInstanceOf(Rejection.class)
                .hasMessage("你不在本次表决的投票人名单中 / You are not on the roll of this vote");
        commands.sendAndWait(new CloseMotion(motion, 0, COMMITTEE, at.plusSeconds(1)));

        List<Object> stream = stream(motion);
        assertThat(stream.get(stream.size() - 2)).isEqualTo(new BallotsUnsealed(motion, List.of("NO", "NO", "YES"),
                                                                                List.of(), at.plusSeconds(1)));
        MotionClosed closed = (MotionClosed) stream.get(stream.size() - 1);
        assertThat(closed.tally().counts()).isEqualTo(Map.of("YES", 1, "NO", 2, "ABSTAIN", 0));
        assertThat(closed.tally().eligible()).isEqualTo(VERIFIED);
        assertThat(closed.outcome()).isEqualTo(ResultOutcome.NO_QUORUM);
        assertThat(closed.computation().quorumRequired()).isEqualTo(VERIFIED / 2 + 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> assertThat(database.getCollection("ballot_keys").find(new Document("_id", motion.value()))
                                         .first()).isNull());
    }

    @Test
    void aResidentCannotOpenAVote() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(
                () -> assertThatThrownBy(() -> commands.sendAndWait(open(new MotionId("by-a-resident"), resident(1),
                                                                         Instant.now())))
                        .isInstanceOf(Unauthorized.class)
                        .hasMessage("只有议事委员或社区管理员可以发起线上表决 / "
                                    + "Only a committee member or an administrator may open an online vote"));
    }
}
