package org.yishi.command.community;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.ChangeSessionRules;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.community.SessionRulesChanged;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionKind;

import static org.yishi.command.community.Jinyuan.ADMIN;
import static org.yishi.command.community.Jinyuan.COMMITTEE;
import static org.yishi.command.community.Jinyuan.COMMUNITY;

class SessionRulesTest {

    private static final Fraction HALF = new Fraction(1, 2);
    private static final Fraction TWO_THIRDS = new Fraction(2, 3);
    private static final RuleSet BY_HOUSEHOLDS =
            new RuleSet(SessionKind.RESIDENTS_MEETING, 0, ElectorateType.HOUSEHOLDS, HALF, HALF);

    private AggregateTestFixture<Community> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Community.class);
    }

    @Test
    void anAdministratorSetsTheRulesForAKindOfSessionAsItsFirstVersion() {
        fixture.given(Jinyuan.withResidents())
               .when(new ChangeSessionRules(COMMUNITY, BY_HOUSEHOLDS, ADMIN))
               .expectEvents(new SessionRulesChanged(COMMUNITY, new RuleSet(SessionKind.RESIDENTS_MEETING, 1,
                                                                           ElectorateType.HOUSEHOLDS, HALF, HALF),
                                                     ADMIN));
    }

    @Test
    void eachChangeOfAKindIsNumberedAfterThePreviousOneWhateverTheCommandSays() {
        RuleSet first = new RuleSet(SessionKind.RESIDENTS_MEETING, 1, ElectorateType.HOUSEHOLDS, HALF, HALF);
        RuleSet asked = new RuleSet(SessionKind.RESIDENTS_MEETING, 17, ElectorateType.HOUSEHOLDS, HALF, TWO_THIRDS);
        fixture.given(Jinyuan.plus(Jinyuan.withResidents(), new SessionRulesChanged(COMMUNITY, first, ADMIN)))
               .when(new ChangeSessionRules(COMMUNITY, asked, ADMIN))
               .expectEvents(new SessionRulesChanged(COMMUNITY, new RuleSet(SessionKind.RESIDENTS_MEETING, 2,
                                                                           ElectorateType.HOUSEHOLDS, HALF,
                                                                           TWO_THIRDS), ADMIN));
    }

    @Test
    void theVersionsOfOneKindDoNotCountChangesOfAnother() {
        RuleSet representatives = new RuleSet(SessionKind.REPRESENTATIVES_MEETING, 1,
                                              ElectorateType.GROUP_REPRESENTATIVES, TWO_THIRDS, HALF);
        fixture.given(Jinyuan.plus(Jinyuan.withResidents(), new SessionRulesChanged(COMMUNITY, representatives, ADMIN)))
               .when(new ChangeSessionRules(COMMUNITY, BY_HOUSEHOLDS, ADMIN))
               .expectEvents(new SessionRulesChanged(COMMUNITY, new RuleSet(SessionKind.RESIDENTS_MEETING, 1,
                                                                           ElectorateType.HOUSEHOLDS, HALF, HALF),
                                                     ADMIN));
    }

    @Test
    void onlyAnAdministratorChangesSessionRules() {
        fixture.given(Jinyuan.withResidents())
               .when(new ChangeSessionRules(COMMUNITY, BY_HOUSEHOLDS, COMMITTEE))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aQuorumOfTheWholeElectorateCouldNeverBeMet() {
        fixture.given(Jinyuan.withResidents())
               .when(new ChangeSessionRules(COMMUNITY, new RuleSet(SessionKind.RESIDENTS_MEETING, 0,
                                                                   ElectorateType.ADULT_RESIDENTS,
                                                                   new Fraction(1, 1), HALF), ADMIN))
               .expectExceptionMessage("法定人数比例须不小于零且小于全部 / "
                                       + "A quorum must be a share of at least none and less than all")
               .expectNoEvents();
    }

    @Test
    void aConsultationMayNeedNoQuorumAtAll() {
        fixture.given(Jinyuan.withResidents())
               .when(new ChangeSessionRules(COMMUNITY, new RuleSet(SessionKind.RESIDENTS_MEETING, 0,
                                                                   ElectorateType.ADULT_RESIDENTS, null, HALF),
                                            ADMIN))
               .expectEvents(new SessionRulesChanged(COMMUNITY, new RuleSet(SessionKind.RESIDENTS_MEETING, 1,
                                                                           ElectorateType.ADULT_RESIDENTS, null,
                                                                           HALF), ADMIN));
    }

    @Test
    void aMajorityOfLessThanHalfIsRejected() {
        fixture.given(Jinyuan.withResidents())
               .when(new ChangeSessionRules(COMMUNITY, new RuleSet(SessionKind.RESIDENTS_MEETING, 0,
                                                                   ElectorateType.ADULT_RESIDENTS, HALF,
                                                                   new Fraction(2, 5)), ADMIN))
               .expectExceptionMessage("通过比例须不小于一半且小于全部 / "
                                       + "A majority must be a share of at least half and less than all")
               .expectNoEvents();
    }

    @Test
    void aMajorityOfEveryoneIsRejected() {
        fixture.given(Jinyuan.withResidents())
               .when(new ChangeSessionRules(COMMUNITY, new RuleSet(SessionKind.RESIDENTS_MEETING, 0,
                                                                   ElectorateType.ADULT_RESIDENTS, HALF,
                                                                   new Fraction(3, 3)), ADMIN))
               .expectExceptionMessage("通过比例须不小于一半且小于全部 / "
                                       + "A majority must be a share of at least half and less than all")
               .expectNoEvents();
    }

    @Test
    void theDefaultsRestatedAreNoChange() {
        fixture.given(Jinyuan.withResidents())
               .when(new ChangeSessionRules(COMMUNITY, new RuleSet(SessionKind.RESIDENTS_MEETING, 0,
                                                                   ElectorateType.ADULT_RESIDENTS,
                                                                   new Fraction(2, 4), HALF), ADMIN))
               .expectExceptionMessage("会议规则未改变 / These are already the rules for this kind of session")
               .expectNoEvents();
    }
}
