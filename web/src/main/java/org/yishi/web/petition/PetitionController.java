package org.yishi.web.petition;

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
import org.springframework.web.bind.annotation.RestController;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.petition.PetitionId;
import org.yishi.command.api.petition.SignPetition;
import org.yishi.command.api.petition.StartPetition;
import org.yishi.command.api.petition.WithdrawSignature;
import org.yishi.query.api.petitions.FindPetitionBoard;
import org.yishi.query.api.petitions.FindPetitions;
import org.yishi.query.api.petitions.PetitionBoard;
import org.yishi.query.api.petitions.PetitionList;
import org.yishi.web.signin.YishiUser;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;

/** The petition API: start, sign, withdraw a signature, and the live board. The actor is the signed-in person. */
@RestController
class PetitionController {

    record Start(String communityId, String purpose) {
    }

    record Started(String petitionId) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    PetitionController(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @PostMapping("/api/petitions")
    ResponseEntity<Started> start(@RequestBody Start start, @AuthenticationPrincipal YishiUser user) {
        PetitionId id = new PetitionId(UUID.randomUUID().toString());
        commands.sendAndWait(new StartPetition(id, new CommunityId(start.communityId()), start.purpose(),
                                               user.personId(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/petitions/" + id.value())).body(new Started(id.value()));
    }

    @GetMapping("/api/petitions/{id}")
    PetitionBoard board(@PathVariable String id) {
        return queries.query(new FindPetitionBoard(id), ResponseTypes.optionalInstanceOf(PetitionBoard.class)).join()
                      // the error advice answers this with a 404 in both languages, like a command to an unknown id
                      .orElseThrow(() -> new AggregateNotFoundException(id, "No petition " + id));
    }

    @GetMapping("/api/communities/{communityId}/petitions")
    PetitionList list(@PathVariable String communityId) {
        return queries.query(new FindPetitions(communityId), PetitionList.class).join();
    }

    @PostMapping("/api/petitions/{id}/sign")
    ResponseEntity<Void> sign(@PathVariable String id, @AuthenticationPrincipal YishiUser user) {
        commands.sendAndWait(new SignPetition(new PetitionId(id), user.personId(), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/petitions/{id}/withdraw")
    ResponseEntity<Void> withdraw(@PathVariable String id, @AuthenticationPrincipal YishiUser user) {
        commands.sendAndWait(new WithdrawSignature(new PetitionId(id), user.personId(), clock.instant()));
        return ResponseEntity.noContent().build();
    }
}
