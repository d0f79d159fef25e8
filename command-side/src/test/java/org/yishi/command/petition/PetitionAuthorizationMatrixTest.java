package org.yishi.command.petition;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.petition.PetitionId;
import org.yishi.command.api.petition.PetitionSigned;
import org.yishi.command.api.petition.PetitionStarted;
import org.yishi.command.api.petition.SignPetition;
import org.yishi.command.api.petition.StartPetition;
import org.yishi.command.api.petition.WithdrawSignature;
import org.yishi.command.authz.AuthorizationMatrix;
import org.yishi.command.authz.AuthorizationMatrix.Row;
import org.yishi.command.authz.Cast;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** The authorization matrix for every petition command (see {@link AuthorizationMatrix}). */
class PetitionAuthorizationMatrixTest {

    private static final PetitionId MEETING = new PetitionId("square-meeting");
    private static final String PURPOSE = "讨论锦苑广场的使用时间和噪音管理，制定广场公约";
    private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-03T11:00:00Z");

    private AggregateTestFixture<Petition> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Petition.class);
        fixture.registerInjectableResource(new Cast());
    }

    private record Case(List<Object> given, Row row) {
        @Override
        public String toString() {
            return row.toString();
        }
    }

    private static Stream<Case> cases(Class<?> type, List<Object> given, Function<PersonId, ?> command) {
        return AuthorizationMatrix.rows(type, command).map(row -> new Case(given, row));
    }

    static Stream<Arguments> matrix() {
        List<Object> started = List.of(new PetitionStarted(MEETING, Cast.HOME, PURPOSE, Cast.PLAIN_MEMBER, AT),
                                       new PetitionSigned(MEETING, Cast.PLAIN_MEMBER, AT));
        List<Object> signedByResident = List.of(started.get(0), started.get(1),
                                                new PetitionSigned(MEETING, Cast.holder(Role.RESIDENT), AT));
        return Stream.of(
                cases(StartPetition.class, List.of(), actor -> new StartPetition(MEETING, Cast.HOME, PURPOSE, actor, AT)),
                cases(SignPetition.class, started, actor -> new SignPetition(MEETING, actor, LATER)),
                cases(WithdrawSignature.class, signedByResident, actor -> new WithdrawSignature(MEETING, actor, LATER))
        ).flatMap(s -> s).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void onlyTheRolesInTheMatrixPass(Case c) {
        AuthorizationMatrix.check(fixture, c.given(), c.row());
    }
}
