package org.yishi.web.decision;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.decision.ActionId;
import org.yishi.command.api.decision.AddFollowUpAction;
import org.yishi.command.api.decision.ApproveDecision;
import org.yishi.command.api.decision.CompleteAction;
import org.yishi.command.api.decision.DecisionId;
import org.yishi.command.api.decision.PublishDecision;
import org.yishi.command.api.decision.RateImplementation;
import org.yishi.command.api.decision.RecordSupervisionCheck;
import org.yishi.command.api.decision.ReportProgress;
import org.yishi.command.api.decision.ReturnDecision;
import org.yishi.command.api.decision.ReviseDecision;
import org.yishi.command.api.decision.SubmitDecisionForReview;
import org.yishi.web.signin.YishiUser;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;

/**
 * The decision API's commands: the committee revises, submits and publishes, the party secretary approves or returns
 * with comments, follow-up actions are added, reported on, completed and checked, and residents rate how a decision
 * was carried out. The actor is always the signed-in person; the command side decides who may do what.
 */
@RestController
class DecisionController {

    private final CommandGateway commands;
    private final Clock clock;

    DecisionController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/api/decisions/{id}/revise")
    ResponseEntity<Void> revise(@PathVariable String id, @RequestBody DecisionRequests.Revision revision,
                                @AuthenticationPrincipal YishiUser user) {
        return done(new ReviseDecision(new DecisionId(id), revision.title(), revision.text(), revision.reason(),
                                       user.personId(), clock.instant()));
    }

    @PostMapping("/api/decisions/{id}/submit")
    ResponseEntity<Void> submit(@PathVariable String id, @RequestBody(required = false) DecisionRequests.Note note,
                                @AuthenticationPrincipal YishiUser user) {
        return done(new SubmitDecisionForReview(new DecisionId(id), note == null ? null : note.note(),
                                                user.personId(), clock.instant()));
    }

    @PostMapping("/api/decisions/{id}/approve")
    ResponseEntity<Void> approve(@PathVariable String id,
                                 @RequestBody(required = false) DecisionRequests.Comment comment,
                                 @AuthenticationPrincipal YishiUser user) {
        return done(new ApproveDecision(new DecisionId(id), comment == null ? null : comment.comment(),
                                        user.personId(), clock.instant()));
    }

    @PostMapping("/api/decisions/{id}/return")
    ResponseEntity<Void> returnToCommittee(@PathVariable String id,
                                           @RequestBody DecisionRequests.Comments comments,
                                           @AuthenticationPrincipal YishiUser user) {
        return done(new ReturnDecision(new DecisionId(id), comments.comments(), user.personId(), clock.instant()));
    }

    @PostMapping("/api/decisions/{id}/publish")
    ResponseEntity<Void> publish(@PathVariable String id, @RequestBody DecisionRequests.Publication publication,
                                 @AuthenticationPrincipal YishiUser user) {
        return done(new PublishDecision(new DecisionId(id), publication.visibility(), user.personId(),
                                        clock.instant()));
    }

    @PostMapping("/api/decisions/{id}/actions")
    ResponseEntity<DecisionRequests.ActionAdded> addAction(@PathVariable String id,
                                                           @RequestBody DecisionRequests.NewAction action,
                                                           @AuthenticationPrincipal YishiUser user) {
        ActionId actionId = new ActionId(UUID.randomUUID().toString());
        PersonId reporter = action.reporterId() == null || action.reporterId().isBlank()
                            ? null : new PersonId(action.reporterId());
        commands.sendAndWait(new AddFollowUpAction(new DecisionId(id), actionId, action.description(),
                                                   action.responsible(), reporter, action.due(), user.personId(),
                                                   clock.instant()));
        return ResponseEntity.created(URI.create("/api/decisions/" + id + "/actions/" + actionId.value()))
                             .body(new DecisionRequests.ActionAdded(actionId.value()));
    }

    @PostMapping("/api/decisions/{id}/actions/{actionId}/progress")
    ResponseEntity<Void> progress(@PathVariable String id, @PathVariable String actionId,
                                  @RequestBody DecisionRequests.Progress progress,
                                  @AuthenticationPrincipal YishiUser user) {
        return done(new ReportProgress(new DecisionId(id), new ActionId(actionId), progress.report(),
                                       user.personId(), clock.instant()));
    }

    @PostMapping("/api/decisions/{id}/actions/{actionId}/complete")
    ResponseEntity<Void> complete(@PathVariable String id, @PathVariable String actionId,
                                  @RequestBody(required = false) DecisionRequests.Note note,
                                  @AuthenticationPrincipal YishiUser user) {
        return done(new CompleteAction(new DecisionId(id), new ActionId(actionId), note == null ? null : note.note(),
                                       user.personId(), clock.instant()));
    }

    @PostMapping("/api/decisions/{id}/actions/{actionId}/checks")
    ResponseEntity<Void> check(@PathVariable String id, @PathVariable String actionId,
                               @RequestBody DecisionRequests.Check check, @AuthenticationPrincipal YishiUser user) {
        return done(new RecordSupervisionCheck(new DecisionId(id), new ActionId(actionId), check.satisfactory(),
                                               check.finding(), user.personId(), clock.instant()));
    }

    @PutMapping("/api/decisions/{id}/rating")
    ResponseEntity<Void> rate(@PathVariable String id, @RequestBody DecisionRequests.Rating rating,
                              @AuthenticationPrincipal YishiUser user) {
        return done(new RateImplementation(new DecisionId(id), rating.stars(), rating.comment(), user.personId(),
                                           clock.instant()));
    }

    private ResponseEntity<Void> done(Object command) {
        commands.sendAndWait(command);
        return ResponseEntity.noContent().build();
    }
}
