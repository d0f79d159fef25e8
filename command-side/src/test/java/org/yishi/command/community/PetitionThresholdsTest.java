package org.yishi.command.community;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.community.ChangePetitionThresholds;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.community.PetitionThresholds;
import org.yishi.command.api.community.PetitionThresholdsChanged;

import static org.yishi.command.community.Jinyuan.ADMIN;
import static org.yishi.command.community.Jinyuan.COMMUNITY;

class PetitionThresholdsTest {

    private static final PetitionThresholds STRICTER =
            new PetitionThresholds(new Fraction(1, 4), new Fraction(1, 4), new Fraction(1, 2));
    private AggregateTestFixture<Community> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Community.class);
    }

    @Test
    void anAdministratorChangesThePetitionThresholds() {
        fixture.given(Jinyuan.withAdministrator())
               .when(new ChangePetitionThresholds(COMMUNITY, STRICTER, ADMIN))
               .expectEvents(new PetitionThresholdsChanged(COMMUNITY, STRICTER, ADMIN));
    }

    @Test
    void aNewCommunityStartsFromTheStatutoryThresholds() {
        fixture.given(Jinyuan.withAdministrator())
               .when(new ChangePetitionThresholds(COMMUNITY, PetitionThresholds.DEFAULT, ADMIN))
               .expectExceptionMessage("联名门槛未改变 / These are already the petition thresholds")
               .expectNoEvents();
    }

    @Test
    void theStatutoryThresholdsCanBeRestored() {
        fixture.given(Jinyuan.plus(Jinyuan.withAdministrator(),
                                   new PetitionThresholdsChanged(COMMUNITY, STRICTER, ADMIN)))
               .when(new ChangePetitionThresholds(COMMUNITY, PetitionThresholds.DEFAULT, ADMIN))
               .expectEvents(new PetitionThresholdsChanged(COMMUNITY, PetitionThresholds.DEFAULT, ADMIN));
    }

    @Test
    void aThresholdOfNobodyIsRejected() {
        fixture.given(Jinyuan.withAdministrator())
               .when(new ChangePetitionThresholds(COMMUNITY, new PetitionThresholds(
                       new Fraction(0, 5), new Fraction(1, 5), new Fraction(1, 3)), ADMIN))
               .expectExceptionMessage("成年居民的联名比例须大于零且不超过全部 / "
                                       + "The share of adult residents must be more than none and at most all")
               .expectNoEvents();
    }
}
