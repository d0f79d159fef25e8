package org.yishi.web.need;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yishi.command.api.need.EscalateNeed;
import org.yishi.command.api.need.MergeNeed;
import org.yishi.command.api.need.NeedId;
import org.yishi.command.api.need.NeedStatus;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.query.api.needs.FindNeeds;
import org.yishi.query.api.needs.NeedList;
import org.yishi.web.signin.YishiUser;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;

/**
 * The needs API. The actor is always the signed-in person, and the list is what that person may read; commands are
 * sent and waited for, so a 2xx answer means the events are stored. A command goes to the need itself, which knows
 * its community.
 */
@RestController
class NeedController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    NeedController(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/communities/{communityId}/needs")
    NeedList list(@PathVariable String communityId, @RequestParam(required = false) NeedStatus status,
                  @AuthenticationPrincipal YishiUser user) {
        return queries.query(new FindNeeds(communityId, user.personId().value(), status), NeedList.class).join();
    }

    @PostMapping("/api/communities/{communityId}/needs")
    ResponseEntity<NeedRequests.Recorded> record(@PathVariable String communityId,
                                                 @RequestBody NeedRequests.Need need,
                                                 @AuthenticationPrincipal YishiUser user) {
        NeedId id = new NeedId(UUID.randomUUID().toString());
        commands.sendAndWait(NeedCommands.record(id, communityId, need, user.personId(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/communities/" + communityId + "/needs/" + id.value()))
                             .body(new NeedRequests.Recorded(id.value()));
    }

    @PostMapping("/api/communities/{communityId}/needs/{needId}/status")
    ResponseEntity<Void> step(@PathVariable String communityId, @PathVariable String needId,
                              @RequestBody NeedRequests.Step step, @AuthenticationPrincipal YishiUser user) {
        commands.sendAndWait(NeedCommands.step(needId, step, user.personId(), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/communities/{communityId}/needs/{needId}/escalate")
    ResponseEntity<NeedRequests.Escalated> escalate(@PathVariable String communityId, @PathVariable String needId,
                                                    @RequestBody NeedRequests.Escalation escalation,
                                                    @AuthenticationPrincipal YishiUser user) {
        ProposalId proposal = new ProposalId(UUID.randomUUID().toString());
        commands.sendAndWait(new EscalateNeed(new NeedId(needId), proposal, escalation.title(),
                                              escalation.description(), escalation.category(), user.personId(),
                                              clock.instant()));
        return ResponseEntity.created(URI.create("/api/proposals/" + proposal.value()))
                             .body(new NeedRequests.Escalated(proposal.value()));
    }

    @PostMapping("/api/communities/{communityId}/needs/{needId}/merge")
    ResponseEntity<Void> merge(@PathVariable String communityId, @PathVariable String needId,
                               @RequestBody NeedRequests.Merge merge, @AuthenticationPrincipal YishiUser user) {
        commands.sendAndWait(new MergeNeed(new NeedId(needId), new NeedId(merge.intoNeedId()), user.personId(),
                                           clock.instant()));
        return ResponseEntity.noContent().build();
    }
}
