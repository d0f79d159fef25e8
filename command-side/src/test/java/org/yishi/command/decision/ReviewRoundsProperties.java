package org.yishi.command.decision;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.yishi.command.access.CommunityAccess;
import org.yishi.command.access.CommunityRegisters;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.decision.ApproveDecision;
import org.yishi.command.api.decision.DecisionApproved;
import org.yishi.command.api.decision.DecisionId;
import org.yishi.command.api.decision.DecisionPublished;
import org.yishi.command.api.decision.DecisionRecorded;
import org.yishi.command.api.decision.DecisionReturned;
import org.yishi.command.api.decision.DecisionRevised;
import org.yishi.command.api.decision.DecisionSource;
import org.yishi.command.api.decision.DecisionSubmittedForReview;
import org.yishi.command.api.decision.PublishDecision;
import org.yishi.command.api.decision.RecordDecision;
import org.yishi.command.api.decision.ReturnDecision;
import org.yishi.command.api.decision.ReviseDecision;
import org.yishi.command.api.decision.SubmitDecisionForReview;
import org.yishi.command.api.decision.Visibility;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.eventstore.EventSerializers;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yishi.command.decision.DecisionFixtures.CHEN;
import static org.yishi.command.decision.DecisionFixtures.JINYUAN;
import static org.yishi.command.decision.DecisionFixtures.LI;
import static org.yishi.command.decision.DecisionFixtures.WU;
import static org.yishi.command.decision.DecisionFixtures.ZHOU;
import static org.yishi.command.decision.DecisionFixtures.at;

/**
 * Whatever the committee, the party secretary and a resident send, in whatever order, the events tell one story:
 * rounds numbered 1, 2, 3..., each verdict on the round just submitted, every round quoting exactly what the
 * committee last wrote, a return always answered by a revision with a reason, the wording written only by the
 * committee, verdicts given only by a secretary, and publication only once, after approval.
 */
class ReviewRoundsProperties {

    private static final List<PersonId> PEOPLE = List.of(ZHOU, WU, CHEN, LI);
    private static final AtomicInteger motions = new AtomicInteger();
    private static Configuration axon;

    /** One thing someone asks for, made into a command for a given decision. */
    private record Step(String label, Function<DecisionId, Object> command) {
        @Override
        public String toString() {
            return label;
        }
    }

    @BeforeContainer
    static void start() {
        KnownCommunities communities = DecisionFixtures.communities();
        axon = DefaultConfigurer.defaultConfiguration()
                                .configureSerializer(c -> EventSerializers.jackson())
                                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                                .configureAggregate(Decision.class)
                                .registerComponent(CommunityAccess.class, c -> communities)
                                .registerComponent(CommunityRegisters.class, c -> communities)
                                .buildConfiguration();
        axon.start();
    }

    @AfterContainer
    static void stop() {
        axon.shutdown();
    }

    @Property(tries = 300)
    void theReviewKeepsEveryRoundInOrderWhateverIsAsked(@ForAll("steps") List<Step> steps) {
        MotionId motion = new MotionId("m" + motions.incrementAndGet());
        DecisionId decision = DecisionId.ofMotion(motion);
        CommandGateway commands = axon.commandGateway();
        commands.sendAndWait(new RecordDecision(decision, JINYUAN, DecisionSource.MOTION, "广场舞时间", "表决通过", null,
                                                null, null, motion, ZHOU, at(0)));
        for (Step step : steps) {
            try {
                commands.sendAndWait(step.command().apply(decision));
            } catch (Rejection refused) {
                // refusals are part of the story: they must leave no trace
            }
        }

        checkStory(axon.eventStore().readEvents(decision.value()).asStream().map(Message::getPayload).toList());
    }

    private static void checkStory(List<?> events) {
        Story story = new Story(((DecisionRecorded) events.get(0)).text());
        events.subList(1, events.size()).forEach(story::next);
    }

    /** The review as the events must tell it, followed one event at a time. */
    private static final class Story {

        private String wording;
        private int round;
        private boolean awaitingVerdict;
        private boolean returned;
        private boolean revisedSinceReturn;
        private boolean approved;
        private boolean published;

        Story(String recordedText) {
            wording = recordedText;
        }

        void next(Object event) {
            assertThat(published).as("nothing follows publication here").isFalse();
            if (event instanceof DecisionRevised revised) {
                assertThat(revised.by()).isEqualTo(ZHOU);
                assertThat(awaitingVerdict || approved).as("no revision under review or after approval").isFalse();
                assertThat(revised.round()).isEqualTo(round);
                if (returned) {
                    assertThat(revised.reason()).isNotBlank();
                    revisedSinceReturn = true;
                }
                wording = revised.text();
            } else if (event instanceof DecisionSubmittedForReview submitted) {
                assertThat(submitted.round()).isEqualTo(round + 1);
                assertThat(submitted.text()).as("the round quotes what the committee wrote").isEqualTo(wording);
                assertThat(awaitingVerdict || approved).isFalse();
                assertThat(!returned || revisedSinceReturn).as("a return is answered before resubmitting").isTrue();
                round = submitted.round();
                awaitingVerdict = true;
                returned = false;
            } else if (event instanceof DecisionReturned verdict) {
                verdict(verdict.by(), verdict.round());
                returned = true;
                revisedSinceReturn = false;
            } else if (event instanceof DecisionApproved verdict) {
                verdict(verdict.by(), verdict.round());
                approved = true;
            } else if (event instanceof DecisionPublished publication) {
                assertThat(approved).as("published only once approved").isTrue();
                assertThat(publication.by()).isIn(ZHOU, CHEN);
                published = true;
            } else {
                throw new AssertionError("unexpected event " + event);
            }
        }

        private void verdict(PersonId by, int verdictRound) {
            assertThat(by).isIn(WU, CHEN);
            assertThat(verdictRound).isEqualTo(round);
            assertThat(awaitingVerdict).as("a verdict only on the round under review").isTrue();
            awaitingVerdict = false;
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<PersonId> anyone = Arbitraries.of(PEOPLE);
        Arbitrary<String> text = Arbitraries.of("广场舞每日19点至21点", "广场舞每日18点至20点", " ", "广场舞每日19点至21点");
        Arbitrary<String> reason = Arbitraries.of("按意见修改", "", null);
        Arbitrary<Step> revise = Combinators.combine(anyone, text, reason).as(
                (who, wording, why) -> new Step("revise(" + who + "," + wording + "," + why + ")",
                                                id -> new ReviseDecision(id, "广场舞时间", wording, why, who, at(1))));
        Arbitrary<Step> submit = anyone.map(who -> new Step("submit(" + who + ")",
                                                            id -> new SubmitDecisionForReview(id, null, who, at(2))));
        Arbitrary<Step> approve = anyone.map(who -> new Step("approve(" + who + ")",
                                                             id -> new ApproveDecision(id, null, who, at(3))));
        Arbitrary<Step> giveBack = Combinators.combine(anyone, Arbitraries.of("请补充", " ")).as(
                (who, comments) -> new Step("return(" + who + "," + comments + ")",
                                            id -> new ReturnDecision(id, comments, who, at(4))));
        Arbitrary<Step> publish = anyone.map(who -> new Step("publish(" + who + ")",
                                                             id -> new PublishDecision(id, Visibility.PUBLIC, who,
                                                                                       at(5))));
        return Arbitraries.frequencyOf(Tuple.of(4, revise), Tuple.of(3, submit),
                                       Tuple.of(2, approve), Tuple.of(3, giveBack),
                                       Tuple.of(1, publish))
                          .list().ofMinSize(1).ofMaxSize(25);
    }
}
