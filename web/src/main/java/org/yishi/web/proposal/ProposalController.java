package org.yishi.web.proposal;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.proposal.AcceptProposal;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.CoSignProposal;
import org.yishi.command.api.proposal.DeclineProposal;
import org.yishi.command.api.proposal.EditProposal;
import org.yishi.command.api.proposal.MergeProposal;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.proposal.SubmitProposal;
import org.yishi.command.api.proposal.WithdrawProposal;
import org.yishi.query.api.proposals.FindMyProposals;
import org.yishi.query.api.proposals.FindProposal;
import org.yishi.query.api.proposals.FindProposals;
import org.yishi.query.api.proposals.FindScreeningQueue;
import org.yishi.query.api.proposals.HistoryEntry;
import org.yishi.query.api.proposals.ProposalDetail;
import org.yishi.query.api.proposals.ProposalList;
import org.yishi.query.api.proposals.ProposalOrder;
import org.yishi.query.api.proposals.ProposalStatus;
import org.yishi.query.api.proposals.ScreeningQueue;
import org.yishi.web.signin.YishiUser;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The proposal API. The actor is always the signed-in person; commands are sent and waited for, so a 2xx answer
 * means the events are stored. Reads come from projections and may lag a command by a moment; each view carries the
 * position it reflects.
 */
@RestController
class ProposalController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    ProposalController(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/communities/{communityId}/proposals")
    ProposalList list(@PathVariable String communityId, @RequestParam(required = false) ProposalStatus status,
                      @RequestParam(required = false) Category category,
                      @RequestParam(defaultValue = "NEWEST") ProposalOrder order) {
        return queries.query(new FindProposals(communityId, status, category, order), ProposalList.class).join();
    }

    @PostMapping("/api/communities/{communityId}/proposals")
    ResponseEntity<ProposalRequests.Submitted> submit(@PathVariable String communityId,
                                                      @RequestBody ProposalRequests.Text text,
                                                      @AuthenticationPrincipal YishiUser user) {
        ProposalId id = new ProposalId(UUID.randomUUID().toString());
        commands.sendAndWait(new SubmitProposal(id, new CommunityId(communityId), text.title(), text.description(),
                                                text.category(), text.location(), user.personId(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/proposals/" + id.value()))
                             .body(new ProposalRequests.Submitted(id.value()));
    }

    @GetMapping("/api/communities/{communityId}/screening-queue")
    ScreeningQueue screeningQueue(@PathVariable String communityId) {
        return queries.query(new FindScreeningQueue(communityId), ScreeningQueue.class).join();
    }

    @GetMapping("/api/proposals/mine")
    ProposalList mine(@AuthenticationPrincipal YishiUser user) {
        return queries.query(new FindMyProposals(user.personId().value()), ProposalList.class).join();
    }

    @GetMapping("/api/proposals/{id}")
    ProposalDetail detail(@PathVariable String id) {
        return queries.query(new FindProposal(id), ResponseTypes.optionalInstanceOf(ProposalDetail.class)).join()
                      // the error advice answers this with a 404 in both languages, like a command to an unknown id
                      .orElseThrow(() -> new AggregateNotFoundException(id, "No proposal " + id));
    }

    @GetMapping("/api/proposals/{id}/history")
    List<HistoryEntry> history(@PathVariable String id) {
        return detail(id).history();
    }

    @PostMapping("/api/proposals/{id}/co-sign")
    ResponseEntity<Void> coSign(@PathVariable String id, @AuthenticationPrincipal YishiUser user) {
        return done(new CoSignProposal(new ProposalId(id), user.personId(), clock.instant()));
    }

    @PostMapping("/api/proposals/{id}/withdraw")
    ResponseEntity<Void> withdraw(@PathVariable String id,
                                  @RequestBody(required = false) ProposalRequests.Reason reason,
                                  @AuthenticationPrincipal YishiUser user) {
        return done(new WithdrawProposal(new ProposalId(id), reason == null ? null : reason.reason(), user.personId(),
                                         clock.instant()));
    }

    @PostMapping("/api/proposals/{id}/edit")
    ResponseEntity<Void> edit(@PathVariable String id, @RequestBody ProposalRequests.Text text,
                              @AuthenticationPrincipal YishiUser user) {
        return done(new EditProposal(new ProposalId(id), text.title(), text.description(), text.category(),
                                     text.location(), user.personId(), clock.instant()));
    }

    @PostMapping("/api/proposals/{id}/accept")
    ResponseEntity<Void> accept(@PathVariable String id, @RequestBody ProposalRequests.Acceptance acceptance,
                                @AuthenticationPrincipal YishiUser user) {
        return done(new AcceptProposal(new ProposalId(id), acceptance.destination(), acceptance.plannedDate(),
                                       acceptance.note(), user.personId(), clock.instant()));
    }

    @PostMapping("/api/proposals/{id}/decline")
    ResponseEntity<Void> decline(@PathVariable String id, @RequestBody ProposalRequests.Reason reason,
                                 @AuthenticationPrincipal YishiUser user) {
        return done(new DeclineProposal(new ProposalId(id), reason.reason(), user.personId(), clock.instant()));
    }

    @PostMapping("/api/proposals/{id}/merge")
    ResponseEntity<Void> merge(@PathVariable String id, @RequestBody ProposalRequests.Merge merge,
                               @AuthenticationPrincipal YishiUser user) {
        return done(new MergeProposal(new ProposalId(id), new ProposalId(merge.intoProposalId()), user.personId(),
                                      clock.instant()));
    }

    private ResponseEntity<Void> done(Object command) {
        commands.sendAndWait(command);
        return ResponseEntity.noContent().build();
    }
}
