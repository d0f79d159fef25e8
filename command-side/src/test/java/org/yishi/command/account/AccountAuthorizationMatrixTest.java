package org.yishi.command.account;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yishi.command.api.account.IssueInvitation;
import org.yishi.command.authz.AuthorizationMatrix;
import org.yishi.command.authz.AuthorizationMatrix.Row;
import org.yishi.command.authz.Cast;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** The authorization matrix for issuing an invitation (see {@link AuthorizationMatrix}). */
class AccountAuthorizationMatrixTest {

    private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final Instant EXPIRES = Instant.parse("2026-03-08T09:00:00Z");

    private AggregateTestFixture<Account> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Account.class);
        Cast cast = new Cast();
        fixture.registerInjectableResource(cast);
    }

    static Stream<Arguments> matrix() {
        return AuthorizationMatrix.arguments(
                IssueInvitation.class,
                actor -> new IssueInvitation(Cast.PLAIN_MEMBER, Cast.HOME, DIGEST, EXPIRES, actor));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void onlyTheRolesInTheMatrixPass(Row row) {
        AuthorizationMatrix.check(fixture, List.of(), row);
    }
}
