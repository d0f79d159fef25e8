package org.yishi.web.decision;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yishi.command.api.Rejection;
import org.yishi.query.api.decisions.DecisionPage;
import org.yishi.query.api.decisions.FindDecision;
import org.yishi.web.community.Membership;
import org.yishi.web.records.AgreementRecords;
import org.yishi.web.signin.YishiUser;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The inclusion proof of an agreement in a checkpoint, for anyone who may read the agreement (without a sign-in for
 * one published to everyone): the chains of the decision, its proposal, session and motion re-verified from their
 * first commit, and the Merkle path of each to the checkpoint's root, which can be checked by hand against a root
 * kept outside the system.
 */
@RestController
class DecisionRecords {

    private final QueryGateway queries;
    private final Membership membership;
    private final AgreementRecords records;
    private final Clock clock;

    DecisionRecords(QueryGateway queries, Membership membership, AgreementRecords records, Clock clock) {
        this.queries = queries;
        this.membership = membership;
        this.records = records;
        this.clock = clock;
    }

    @GetMapping("/api/records/proof")
    AgreementRecords.AgreementProof proof(@RequestParam(required = false) String decision,
                                          @RequestParam(required = false) String checkpoint,
                                          @AuthenticationPrincipal YishiUser user) {
        if (decision == null || decision.isBlank()) {
            throw new Rejection("请用 decision 参数说明是哪一项决议", "Say which decision with the decision parameter");
        }
        Long number = null;
        if (checkpoint != null && !checkpoint.isBlank()) {
            try {
                number = Long.parseLong(checkpoint.trim());
            } catch (NumberFormatException e) {
                throw new Rejection("检查点编号应为正整数，例如 checkpoint=3",
                                    "A checkpoint is a whole number, for example checkpoint=3");
            }
        }
        DecisionPage page = queries.query(new FindDecision(decision, null, LocalDate.now(clock)),
                                          ResponseTypes.optionalInstanceOf(DecisionPage.class)).join()
                                   .orElseThrow(() -> new AggregateNotFoundException(decision, "No decision"));
        if (!ReadingRule.mayRead(page.status(), page.visibility(),
                                 membership.roles(page.communityId(), user == null ? null : user.personId()))) {
            throw DecisionReads.notAReader();
        }
        Long asked = number;
        return records.proof(page, asked)
                      .orElseThrow(() -> new AggregateNotFoundException(String.valueOf(asked), "No checkpoint"));
    }
}
