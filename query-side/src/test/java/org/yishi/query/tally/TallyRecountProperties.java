package org.yishi.query.tally;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.motion.BallotCast;
import org.yishi.command.api.motion.BallotsUnsealed;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.MotionOpened;
import org.yishi.command.api.motion.MotionOption;
import org.yishi.command.api.motion.SealedBallot;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.api.motion.Tally;
import org.yishi.command.api.motion.VoteRecorded;
import org.yishi.command.api.motion.Voter;
import org.yishi.command.api.motion.VotingUnit;
import org.yishi.command.api.session.HouseholdBallot;
import org.yishi.query.api.motions.FindMotions;
import org.yishi.query.api.motions.FindTally;
import org.yishi.query.api.motions.MotionList;
import org.yishi.query.api.motions.MotionTally;
import org.yishi.query.motionlist.MotionListProjection;
import org.yishi.query.motiontesting.Votes;
import org.yishi.query.motiontesting.Votes.Setup;
import org.yishi.query.personnames.EmbeddedStore;
import org.yishi.query.sessiontesting.Projected;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For random rolls and random ballot sequences, recorded the way the motion records them (changes, household rules,
 * sealed envelopes, some events delivered twice), the tally projection's count equals a recount made here from the
 * raw events alone, the motion list's turnout is the number of units counted, and handing every event over again
 * changes nothing.
 */
class TallyRecountProperties {

    private static final Instant T = Instant.parse("2026-05-09T02:00:00Z");
    private static final AtomicInteger MOTIONS = new AtomicInteger();
    private static EmbeddedStore store;
    private static TallyProjection projection;
    private static MotionListProjection list;
    private static QueryGateway queries;

    @BeforeContainer
    static void open() throws IOException {
        store = new EmbeddedStore(Files.createTempDirectory("tally-properties"));
        projection = new TallyProjection(store.database());
        list = new MotionListProjection(store.database());
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(list).subscribe(bus);
        queries = DefaultQueryGateway.builder().queryBus(bus).build();
    }

    @AfterContainer
    static void close() {
        store.close();
    }

    /** One try: the motion's set-up, its roll (household of each person, -1 for none) and the ballots tried. */
    record Scenario(Setup setup, List<Integer> households, List<Attempt> attempts, List<Integer> redelivered) {
    }

    record Attempt(int voter, int option, boolean withReason) {
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Setup> setups = Combinators.combine(
                Arbitraries.of(Method.class), Arbitraries.of(Secrecy.class), Arbitraries.of(VotingUnit.class),
                Arbitraries.of(HouseholdBallot.class), Arbitraries.of(true, false), Arbitraries.integers().between(2, 4))
                .as((method, secrecy, unit, rule, changeable, choices) ->
                            new Setup(method, secrecy, unit, rule, changeable, choices, 0));
        Arbitrary<List<Integer>> rolls = Arbitraries.integers().between(-1, 5).list().ofMinSize(1).ofMaxSize(14);
        Arbitrary<List<Attempt>> attempts = Combinators.combine(Arbitraries.integers().between(0, 13),
                                                                Arbitraries.integers().between(0, 3),
                                                                Arbitraries.of(true, false))
                                                       .as(Attempt::new).list().ofMaxSize(40);
        Arbitrary<List<Integer>> redelivered = Arbitraries.integers().between(0, 60).list().ofMaxSize(6);
        return Combinators.combine(setups, rolls, attempts, redelivered).as(Scenario::new);
    }

    @Property(tries = 150)
    void theProjectionsCountEqualsARecountFromTheRawEventsAndAReplayChangesNothing(
            @ForAll("scenarios") Scenario scenario) {
        MotionId motion = new MotionId("motion-" + MOTIONS.incrementAndGet());
        List<Object> events = recorded(motion, scenario);
        Projected handlers = new Projected(projection);
        Projected listed = new Projected(list);
        long first = 1_000L * MOTIONS.get();

        for (int i = 0; i < events.size(); i++) {
            handlers.event(events.get(i), first + i, T.plusSeconds(i));
            listed.event(events.get(i), first + i, T.plusSeconds(i));
            if (scenario.redelivered().contains(i)) {
                handlers.event(events.get(i), first + i, T.plusSeconds(i));
                listed.event(events.get(i), first + i, T.plusSeconds(i));
            }
        }
        MotionTally tally = projection.handle(new FindTally(motion.value())).orElseThrow();

        Tally recount = recount(events);
        assertThat(tally.counted()).isEqualTo(recount);
        assertThat(tally.tookPart()).isEqualTo(recount.ballots());
        assertThat(tally.result().tally()).isEqualTo(((MotionClosed) events.get(events.size() - 1)).tally());
        assertThat(tally.agrees()).isTrue();
        assertThat(queries.query(new FindMotions(Votes.JINYUAN.value(), null), MotionList.class).join().motions())
                .filteredOn(entry -> entry.motionId().equals(motion.value()))
                .singleElement().satisfies(entry -> assertThat(entry.turnout()).isEqualTo(recount.ballots()));

        for (int i = 0; i < events.size(); i++) {
            handlers.event(events.get(i), first + i, T.plusSeconds(i));
        }

        assertThat(projection.handle(new FindTally(motion.value())).orElseThrow()).isEqualTo(tally);
    }

    /**
     * The events the motion records for the scenario: it refuses a ballot from someone who may not cast the unit's
     * vote (not the representative where the representative votes, or not the household's first voter where the
     * first ballot counts), and a second ballot when ballots cannot be changed.
     */
    private static List<Object> recorded(MotionId motion, Scenario scenario) {
        Setup setup = scenario.setup();
        List<Voter> roll = new ArrayList<>();
        Map<Integer, PersonId> representatives = new HashMap<>();
        for (int i = 0; i < scenario.households().size(); i++) {
            int household = scenario.households().get(i);
            PersonId person = new PersonId("p" + i);
            boolean representative = household >= 0 && representatives.putIfAbsent(household, person) == null;
            roll.add(new Voter(person, household < 0 ? null : new HouseholdId("h" + household), representative,
                               null));
        }
        List<MotionOption> options = Votes.options(setup.method(), setup.choices());
        List<Object> events = new ArrayList<>();
        events.add(Votes.opened(motion, null, null, "广场舞音量是否限制在60分贝", setup, roll, T.plusSeconds(3600), T));
        Map<String, PersonId> holders = new HashMap<>();
        Map<String, String[]> latest = new LinkedHashMap<>();
        for (Attempt attempt : scenario.attempts()) {
            if (attempt.voter() >= roll.size()) {
                continue;
            }
            Voter voter = roll.get(attempt.voter());
            HouseholdId household = setup.unit() == VotingUnit.HOUSEHOLD ? voter.household() : null;
            String unit = household == null ? "p:" + voter.person().value() : "h:" + household.value();
            PersonId holder = holders.get(unit);
            boolean representativeOnly = household != null
                                         && setup.householdBallot() == HouseholdBallot.REPRESENTATIVE;
            if (representativeOnly && !voter.householdRepresentative()
                || holder != null && !holder.equals(voter.person())
                || holder != null && !setup.changeable()) {
                continue;
            }
            String option = options.get(attempt.option() % options.size()).key();
            String reason = MotionOption.OBJECT.equals(option) || attempt.withReason() ? "理由" + attempt.option()
                                                                                        : null;
            boolean replaces = holder != null;
            holders.put(unit, voter.person());
            latest.put(unit, new String[]{option, reason});
            Instant at = T.plusSeconds(events.size());
            String request = "r" + events.size();
            events.add(setup.secrecy() == Secrecy.NAMED
                       ? new BallotCast(motion, voter.person(), household, option, reason, replaces, request, at)
                       : new VoteRecorded(motion, voter.person(), household,
                                          new SealedBallot("bm9uY2U=", "c2VhbGVk"), replaces, request, at));
        }
        List<String> contents = latest.values().stream().map(ballot -> ballot[0]).sorted().toList();
        List<String> objections = latest.values().stream().filter(ballot -> MotionOption.OBJECT.equals(ballot[0]))
                                        .map(ballot -> ballot[1]).sorted().toList();
        Instant closing = T.plusSeconds(events.size());
        if (setup.secrecy() == Secrecy.SECRET) {
            events.add(new BallotsUnsealed(motion, contents, objections, closing));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        options.forEach(option -> counts.put(option.key(), 0));
        contents.forEach(option -> counts.merge(option, 1, Integer::sum));
        int eligible = Votes.units(setup, roll);
        events.add(Votes.closed(motion, setup.method(), new Tally(counts, contents.size(), eligible, objections),
                                closing));
        return events;
    }

    /** The count the raw events give: each unit's latest named ballot, or the unsealed contents of a secret one. */
    private static Tally recount(List<Object> events) {
        MotionOpened opened = (MotionOpened) events.get(0);
        Map<String, Integer> counts = new HashMap<>();
        opened.options().forEach(option -> counts.put(option.key(), 0));
        Map<String, BallotCast> named = new HashMap<>();
        List<String> objections = new ArrayList<>();
        int ballots = 0;
        for (Object event : events) {
            if (event instanceof BallotCast ballot) {
                named.put(ballot.household() == null ? ballot.voter().value() : "h" + ballot.household(), ballot);
            } else if (event instanceof BallotsUnsealed unsealed) {
                unsealed.options().forEach(option -> counts.merge(option, 1, Integer::sum));
                objections.addAll(unsealed.reasons());
                ballots += unsealed.options().size();
            }
        }
        for (BallotCast ballot : named.values()) {
            counts.merge(ballot.option(), 1, Integer::sum);
            if (MotionOption.OBJECT.equals(ballot.option())) {
                objections.add(ballot.reason());
            }
            ballots++;
        }
        return new Tally(counts, ballots, opened.electorate().units(), objections.stream().sorted().toList());
    }
}
