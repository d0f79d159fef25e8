package org.yishi.command.motion;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.yishi.command.access.CommunityRegisters;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.motion.BallotCast;
import org.yishi.command.api.motion.BallotsUnsealed;
import org.yishi.command.api.motion.CastBallot;
import org.yishi.command.api.motion.CloseMotion;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.MotionOpened;
import org.yishi.command.api.motion.MotionOption;
import org.yishi.command.api.motion.OpenMotion;
import org.yishi.command.api.motion.PassingBase;
import org.yishi.command.api.motion.PassingRule;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.api.motion.TieRule;
import org.yishi.command.api.motion.VoteRecorded;
import org.yishi.command.api.motion.Voter;
import org.yishi.command.api.motion.VotingUnit;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.api.session.HouseholdBallot;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.community.Standing;
import org.yishi.command.eventstore.EventSerializers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For random communities, rules and ballot sequences sent through Axon, the tally the motion records when it closes
 * equals a recount from the raw ballot events, and both equal what a plain model of the rules expects to count.
 */
class TallyRecountProperties {

    // far ahead, so that the deadline manager of the configuration, on the real clock, never closes a vote here
    private static final Instant AT = Instant.parse("2099-03-14T02:00:00Z");
    private static final PersonId COMMITTEE = new PersonId("committee");
    private static final String[] REASONS = {"", "太吵", "停车难", "太吵"};
    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final Map<CommunityId, Registers> COMMUNITIES = new ConcurrentHashMap<>();

    private static Configuration axon;

    /** One person: verified or not, in household 0..n or none (-1), and whether they claim its representation. */
    record Person(boolean verified, int household, boolean representative) {
    }

    record Ballot(int person, int option, int reason, int request) {
    }

    record Scenario(List<Person> people, VotingUnit unit, HouseholdBallot householdBallot, Method method,
                    Secrecy secrecy, boolean changeable, PassingRule passing, List<Ballot> ballots) {
    }

    @BeforeContainer
    static void start() {
        CommunityRegisters registers = new CommunityRegisters() {
            @Override
            public Standing standing(CommunityId community, PersonId person) {
                return COMMUNITIES.get(community).standing(community, person);
            }

            @Override
            public Map<PersonId, Standing> standings(CommunityId community) {
                return COMMUNITIES.get(community).standings(community);
            }

            @Override
            public int electorateSize(CommunityId community, ElectorateType electorate) {
                throw new UnsupportedOperationException();
            }

            @Override
            public RuleSet ruleSet(CommunityId community, SessionKind kind) {
                return COMMUNITIES.get(community).ruleSet(community, kind);
            }
        };
        KeysInMemory keys = new KeysInMemory();
        axon = DefaultConfigurer.defaultConfiguration()
                                .configureSerializer(c -> EventSerializers.jackson())
                                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                                .configureAggregate(Motion.class)
                                .registerComponent(CommunityRegisters.class, c -> registers)
                                .registerComponent(org.yishi.command.session.SessionRolls.class,
                                                   c -> session -> java.util.Optional.empty())
                                .registerComponent(BallotKeys.class, c -> keys)
                                .registerComponent(BallotSeal.class, c -> new AesGcmBallotSeal(keys))
                                .buildConfiguration();
        axon.start();
    }

    @AfterContainer
    static void stop() {
        axon.shutdown();
    }

    @Property(tries = 150)
    void theClosingTallyEqualsARecountFromTheBallotEvents(@ForAll("scenarios") Scenario scenario) {
        int run = RUNS.incrementAndGet();
        CommunityId community = new CommunityId("c" + run);
        MotionId motion = new MotionId("m" + run);
        Registers registers = registers(community, scenario);
        COMMUNITIES.put(community, registers);
        CommandGateway commands = axon.commandGateway();

        commands.sendAndWait(open(motion, community, scenario));
        List<MotionOption> options = opened(motion).options();
        int second = 0;
        for (Ballot ballot : scenario.ballots()) {
            String option = ballot.option() < options.size() ? options.get(ballot.option()).key() : "NONE";
            try {
                commands.sendAndWait(new CastBallot(motion, option, REASONS[ballot.reason()], "r" + ballot.request(),
                                                    person(ballot.person()), AT.plusSeconds(++second)));
            } catch (Rejection refused) {
                // a ballot the rules refuse leaves nothing behind, which the recount checks
            }
        }
        commands.sendAndWait(new CloseMotion(motion, run, COMMITTEE, AT.plusSeconds(++second)));

        List<Object> events = events(motion);
        MotionClosed closed = (MotionClosed) events.get(events.size() - 1);
        Recount recount = recount(events);
        Map<String, Integer> modelled = model(scenario, opened(motion), options);

        assertThat(closed.tally().counts()).isEqualTo(recount.counts()).isEqualTo(modelled);
        assertThat(closed.tally().ballots()).isEqualTo(recount.ballots());
        assertThat(closed.tally().objections()).isEqualTo(recount.objections());
        assertThat(closed.tally().eligible()).isEqualTo(opened(motion).electorate().units());
        assertThat(closed.outcome()).isEqualTo(outcome(opened(motion), recount));
    }

    record Recount(Map<String, Integer> counts, int ballots, List<String> objections) {
    }

    /** Counts from the raw events alone: each voter's latest named ballot, or the unsealed contents. */
    private static Recount recount(List<Object> events) {
        MotionOpened opened = (MotionOpened) events.get(0);
        Map<String, Integer> counts = new TreeMap<>();
        opened.options().forEach(option -> counts.put(option.key(), 0));
        List<String> objections = new ArrayList<>();
        Map<PersonId, BallotCast> latest = new HashMap<>();
        Map<PersonId, HouseholdId> households = new HashMap<>();
        Set<PersonId> sealed = new HashSet<>();
        for (Object event : events) {
            if (event instanceof BallotCast cast) {
                latest.put(cast.voter(), cast);
                households.put(cast.voter(), cast.household());
            } else if (event instanceof VoteRecorded recorded) {
                sealed.add(recorded.voter());
                households.put(recorded.voter(), recorded.household());
            } else if (event instanceof BallotsUnsealed unsealed) {
                assertThat(unsealed.options()).hasSize(sealed.size()).isSorted();
                unsealed.options().forEach(option -> counts.merge(option, 1, Integer::sum));
                objections.addAll(unsealed.reasons());
            }
        }
        latest.values().forEach(cast -> {
            counts.merge(cast.option(), 1, Integer::sum);
            if (cast.reason() != null) {
                objections.add(cast.reason());
            }
        });
        // one vote per household: no two voters ever spoke for the same household
        List<HouseholdId> spokeFor = households.values().stream().filter(Objects::nonNull).toList();
        assertThat(spokeFor).doesNotHaveDuplicates();
        return new Recount(counts, latest.size() + sealed.size(), objections.stream().sorted().toList());
    }

    /** The rules as plainly as they can be said, applied to the ballots sent. */
    private static Map<String, Integer> model(Scenario scenario, MotionOpened opened, List<MotionOption> options) {
        Map<PersonId, Voter> roll = new HashMap<>();
        opened.electorate().voters().forEach(voter -> roll.put(voter.person(), voter));
        Map<PersonId, String> requests = new HashMap<>();
        Map<PersonId, List<String>> ballots = new HashMap<>();
        Map<String, PersonId> holders = new HashMap<>();
        for (Ballot ballot : scenario.ballots()) {
            PersonId person = person(ballot.person());
            Voter voter = roll.get(person);
            boolean byHousehold = scenario.unit() == VotingUnit.HOUSEHOLD && voter != null
                                  && voter.household() != null;
            if (voter == null || byHousehold && scenario.householdBallot() == HouseholdBallot.REPRESENTATIVE
                                 && !voter.householdRepresentative()) {
                continue;
            }
            String request = "r" + ballot.request();
            if (request.equals(requests.get(person)) || ballot.option() >= options.size()) {
                continue;
            }
            String option = options.get(ballot.option()).key();
            String reason = option.equals(MotionOption.OBJECT) ? REASONS[ballot.reason()] : null;
            if ("".equals(reason)) {
                continue;
            }
            String unit = byHousehold ? "h" + voter.household().value() : "p" + person.value();
            if (holders.containsKey(unit) && !holders.get(unit).equals(person)) {
                continue;
            }
            List<String> content = java.util.Arrays.asList(option, reason);
            if (ballots.containsKey(person) && (ballots.get(person).equals(content) || !scenario.changeable())) {
                continue;
            }
            ballots.put(person, content);
            holders.putIfAbsent(unit, person);
            requests.put(person, request);
        }
        Map<String, Integer> counts = new TreeMap<>();
        options.forEach(option -> counts.put(option.key(), 0));
        ballots.values().forEach(content -> counts.merge(content.get(0), 1, Integer::sum));
        return counts;
    }

    private static ResultOutcome outcome(MotionOpened opened, Recount recount) {
        if (recount.ballots() < opened.quorumRequired()) {
            return ResultOutcome.NO_QUORUM;
        }
        return switch (opened.method()) {
            case CONSENT -> recount.counts().get(MotionOption.OBJECT) == 0 ? ResultOutcome.PASSED
                                                                           : ResultOutcome.NOT_PASSED;
            case YES_NO_ABSTAIN -> {
                int yes = recount.counts().get(MotionOption.YES);
                int base = opened.passing().base() == PassingBase.CAST ? yes + recount.counts().get(MotionOption.NO)
                                                                       : recount.ballots();
                double share = (double) opened.passing().share().numerator() / opened.passing().share().denominator();
                boolean passed = base > 0 && (opened.passing().atLeast() ? yes >= share * base - 1e-9
                                                                         : yes > share * base + 1e-9);
                yield passed ? ResultOutcome.PASSED : ResultOutcome.NOT_PASSED;
            }
            case SINGLE_CHOICE -> {
                int most = recount.counts().values().stream().max(Integer::compare).orElse(0);
                long leading = recount.counts().values().stream().filter(count -> count == most).count();
                yield most == 0 ? ResultOutcome.NOT_PASSED
                                : leading == 1 || opened.tieRule() == TieRule.LOT ? ResultOutcome.PASSED
                                                                                  : ResultOutcome.TIED;
            }
        };
    }

    private static OpenMotion open(MotionId motion, CommunityId community, Scenario scenario) {
        return new OpenMotion(motion, community, null, null, null, "表决", scenario.method(),
                              scenario.method() == Method.SINGLE_CHOICE ? List.of("甲", "乙", "丙") : List.of(), true,
                              scenario.passing(), scenario.method() == Method.SINGLE_CHOICE ? TieRule.NO_CHOICE : null,
                              scenario.secrecy(), scenario.unit(), ElectorateType.ADULT_RESIDENTS, Set.of(),
                              scenario.changeable(), AT.plusSeconds(86_400), COMMITTEE, AT);
    }

    private static Registers registers(CommunityId community, Scenario scenario) {
        Registers registers = new Registers(community)
                .with(COMMITTEE, Hall.standing(true, null, null, null, Role.COMMITTEE_MEMBER))
                .rules(new RuleSet(SessionKind.RESIDENTS_MEETING, 1, ElectorateType.ADULT_RESIDENTS,
                                   new org.yishi.command.api.community.Fraction(1, 3),
                                   new org.yishi.command.api.community.Fraction(1, 2), scenario.householdBallot()));
        Set<Integer> represented = new HashSet<>();
        for (int index = 0; index < scenario.people().size(); index++) {
            Person person = scenario.people().get(index);
            HouseholdId household = person.household() < 0 ? null : new HouseholdId("h" + person.household());
            boolean representative = household != null && person.verified() && person.representative()
                                     && represented.add(person.household());
            registers.with(person(index), representative
                                          ? Hall.standing(person.verified(), household, null, null, Role.RESIDENT,
                                                          Role.HOUSEHOLD_REPRESENTATIVE)
                                          : Hall.standing(person.verified(), household, null, null, Role.RESIDENT));
        }
        return registers;
    }

    private static PersonId person(int index) {
        return new PersonId("p" + index);
    }

    private static MotionOpened opened(MotionId motion) {
        return (MotionOpened) events(motion).get(0);
    }

    private static List<Object> events(MotionId motion) {
        return axon.eventStore().readEvents(motion.value()).asStream().map(Message::getPayload)
                   .map(Object.class::cast).toList();
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Person> person = Combinators.combine(Arbitraries.of(true, true, false), Arbitraries.integers()
                                                                                                     .between(-1, 3),
                                                       Arbitraries.of(true, false))
                                              .as(Person::new);
        Arbitrary<List<Person>> people = person.list().ofMinSize(1).ofMaxSize(10)
                                               .map(list -> {
                                                   List<Person> withOne = new ArrayList<>(list);
                                                   withOne.set(0, new Person(true, -1, false));
                                                   return withOne;
                                               });
        Arbitrary<PassingRule> passing = Arbitraries.of(PassingRule.moreThanHalfOfPresent(),
                                                        PassingRule.moreThanHalfOfCast(),
                                                        PassingRule.twoThirdsOfPresent());
        Arbitrary<Ballot> ballot = Combinators.combine(Arbitraries.integers().between(0, 11),
                                                       Arbitraries.integers().between(0, 3),
                                                       Arbitraries.integers().between(0, 3),
                                                       Arbitraries.integers().between(0, 3))
                                              .as(Ballot::new);
        return Combinators.combine(people, Arbitraries.of(VotingUnit.class), Arbitraries.of(HouseholdBallot.class),
                                   Arbitraries.of(Method.class), Arbitraries.of(Secrecy.class),
                                   Arbitraries.of(true, false), passing, ballot.list().ofMaxSize(40))
                          .as(Scenario::new);
    }
}
