package org.yishi.command.community;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.community.HouseholdRepresentativeDesignated;
import org.yishi.command.api.community.PetitionThresholds;
import org.yishi.command.api.community.PetitionThresholdsChanged;
import org.yishi.command.api.community.ResidentVerified;
import org.yishi.command.api.community.RoleGranted;
import org.yishi.command.api.community.RoleRevoked;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.SessionRulesChanged;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.eventstore.EventSerializers;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yishi.command.community.Jinyuan.ADMIN;
import static org.yishi.command.community.Jinyuan.COMMUNITY;
import static org.yishi.command.community.Jinyuan.HOUSEHOLD;
import static org.yishi.command.community.Jinyuan.NEWCOMER;
import static org.yishi.command.community.Jinyuan.RESIDENT;

/** Every community event reads back from the store's serialized form as it was written, nulls included. */
class CommunityEventsSerializationTest {

    private static final Serializer SERIALIZER = EventSerializers.jackson();

    static Stream<Object> events() {
        return Stream.concat(Jinyuan.withResidents().stream(), Stream.of(
                new RoleGranted(COMMUNITY, RESIDENT, Role.STAKEHOLDER_REPRESENTATIVE, StakeholderGroup.MERCHANT, ADMIN),
                new RoleRevoked(COMMUNITY, RESIDENT, Role.STAKEHOLDER_REPRESENTATIVE, ADMIN),
                new ResidentVerified(COMMUNITY, NEWCOMER, ADMIN),
                new HouseholdRepresentativeDesignated(COMMUNITY, HOUSEHOLD, NEWCOMER, RESIDENT, ADMIN),
                new PetitionThresholdsChanged(COMMUNITY, new PetitionThresholds(
                        new Fraction(1, 4), new Fraction(1, 5), new Fraction(2, 3)), ADMIN),
                new RoleGranted(COMMUNITY, RESIDENT, Role.GROUP_REPRESENTATIVE, null, ADMIN),
                new SessionRulesChanged(COMMUNITY, new RuleSet(SessionKind.RESIDENTS_MEETING, 1,
                                                               ElectorateType.HOUSEHOLDS, new Fraction(1, 2),
                                                               new Fraction(2, 3)), ADMIN),
                new SessionRulesChanged(COMMUNITY, new RuleSet(SessionKind.DELIBERATION_DAY, 1,
                                                               ElectorateType.ADULT_RESIDENTS, null,
                                                               new Fraction(1, 2)), ADMIN)));
    }

    @ParameterizedTest
    @MethodSource("events")
    void anEventReadsBackEqual(Object event) {
        Object read = SERIALIZER.deserialize(SERIALIZER.serialize(event, JsonNode.class));

        assertThat(read).isEqualTo(event);
    }
}
