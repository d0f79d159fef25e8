package org.yishi.command.proposal;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.yishi.command.api.proposal.ProposalMerged;

/**
 * Finishes a merge: the duplicate has recorded it, and the proposal it went into now records the supporters it takes
 * over. The saga starts and ends on the same event, so it holds no state and Axon never stores it (the default
 * in-memory saga store is enough); the target ignores a merge it has already absorbed, so redelivery and replay are
 * harmless. Public because Axon creates sagas reflectively from outside this package.
 */
@Saga
public class ProposalMergeSaga {

    @StartSaga
    @EndSaga
    @SagaEventHandler(associationProperty = "proposalId")
    void on(ProposalMerged merged, CommandGateway commands) {
        // waits, so that a failure reaches the event processor instead of vanishing in a callback
        commands.sendAndWait(new AbsorbCoSigners(merged.intoProposalId(), merged.proposalId(), merged.supporters(),
                                                 merged.mergedBy(), merged.at()));
    }
}
