package org.yishi.command.proposal;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.proposal.AcceptProposal;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.CoSignProposal;
import org.yishi.command.api.proposal.DeclineProposal;
import org.yishi.command.api.proposal.Destination;
import org.yishi.command.api.proposal.EditProposal;
import org.yishi.command.api.proposal.MergeProposal;
import org.yishi.command.api.proposal.ProposalSubmitted;
import org.yishi.command.api.proposal.SubmitProposal;
import org.yishi.command.api.proposal.WithdrawProposal;
import org.yishi.command.authz.AuthorizationMatrix;
import org.yishi.command.authz.AuthorizationMatrix.Row;
import org.yishi.command.authz.Cast;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.yishi.command.proposal.ProposalFixtures.AT;
import static org.yishi.command.proposal.ProposalFixtures.DESCRIPTION;
import static org.yishi.command.proposal.ProposalFixtures.EVENING_MUSIC;
import static org.yishi.command.proposal.ProposalFixtures.LATER;
import static org.yishi.command.proposal.ProposalFixtures.LOCATION;
import static org.yishi.command.proposal.ProposalFixtures.SQUARE_NOISE;
import static org.yishi.command.proposal.ProposalFixtures.TITLE;

/**
 * The authorization matrix for every proposal command (see {@link AuthorizationMatrix}), each sent after a history
 * in which it is valid for an allowed sender. The proposer's own edit and withdrawal are valid for the resident
 * holder, who proposed it; co-signing a proposal someone else raised.
 */
class ProposalAuthorizationMatrixTest {

    private static final PersonId RESIDENT = Cast.holder(Role.RESIDENT);

    private AggregateTestFixture<Proposal> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Proposal.class);
        fixture.registerInjectableResource(new Cast());
        fixture.registerInjectableResource(ProposalFixtures.otherProposals());
    }

    private static List<Object> submittedBy(PersonId proposer) {
        return List.of(new ProposalSubmitted(SQUARE_NOISE, Cast.HOME, TITLE, DESCRIPTION, Category.NOISE, LOCATION,
                                             proposer, AT));
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
        List<Object> byResident = submittedBy(RESIDENT);
        List<Object> bySomeoneElse = submittedBy(Cast.PLAIN_MEMBER);
        return Stream.of(
                cases(SubmitProposal.class, List.of(),
                      actor -> new SubmitProposal(SQUARE_NOISE, Cast.HOME, TITLE, DESCRIPTION, Category.NOISE,
                                                  LOCATION, actor, AT)),
                cases(EditProposal.class, byResident,
                      actor -> new EditProposal(SQUARE_NOISE, TITLE + "（晚间）", DESCRIPTION, Category.NOISE,
                                                LOCATION, actor, LATER)),
                cases(WithdrawProposal.class, byResident,
                      actor -> new WithdrawProposal(SQUARE_NOISE, null, actor, LATER)),
                cases(CoSignProposal.class, bySomeoneElse,
                      actor -> new CoSignProposal(SQUARE_NOISE, actor, LATER)),
                cases(AcceptProposal.class, byResident,
                      actor -> new AcceptProposal(SQUARE_NOISE, Destination.DELIBERATION_DAY, null, null, actor,
                                                  LATER)),
                cases(DeclineProposal.class, byResident,
                      actor -> new DeclineProposal(SQUARE_NOISE, "已由物业在上月处理完毕，不再列入议程", actor, LATER)),
                cases(MergeProposal.class, byResident,
                      actor -> new MergeProposal(SQUARE_NOISE, EVENING_MUSIC, actor, LATER))
        ).flatMap(s -> s).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void onlyTheRolesInTheMatrixPass(Case c) {
        AuthorizationMatrix.check(fixture, c.given(), c.row());
    }

    static Stream<Object> theProposersOwnCommands() {
        return Stream.of(new EditProposal(SQUARE_NOISE, TITLE + "（晚间）", DESCRIPTION, Category.NOISE, LOCATION,
                                          RESIDENT, LATER),
                         new WithdrawProposal(SQUARE_NOISE, null, RESIDENT, LATER));
    }

    @ParameterizedTest
    @MethodSource("theProposersOwnCommands")
    void aResidentWhoDidNotProposeItMayNotEditOrWithdrawIt(Object command) {
        fixture.given(submittedBy(Cast.PLAIN_MEMBER))
               .when(command)
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }
}
