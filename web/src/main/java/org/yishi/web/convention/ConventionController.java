package org.yishi.web.convention;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.convention.AcceptAmendment;
import org.yishi.command.api.convention.AddClause;
import org.yishi.command.api.convention.AmendmentId;
import org.yishi.command.api.convention.AmendmentKind;
import org.yishi.command.api.convention.AnswerObjection;
import org.yishi.command.api.convention.ApproveConvention;
import org.yishi.command.api.convention.ClauseId;
import org.yishi.command.api.convention.CommentId;
import org.yishi.command.api.convention.CommentOnClause;
import org.yishi.command.api.convention.ConventionId;
import org.yishi.command.api.convention.DraftConvention;
import org.yishi.command.api.convention.EditClause;
import org.yishi.command.api.convention.FileConvention;
import org.yishi.command.api.convention.LodgeObjection;
import org.yishi.command.api.convention.ObjectionId;
import org.yishi.command.api.convention.PatrolCheckId;
import org.yishi.command.api.convention.ProposeAmendment;
import org.yishi.command.api.convention.PublishConvention;
import org.yishi.command.api.convention.PutConventionToVote;
import org.yishi.command.api.convention.PutOnPublicNotice;
import org.yishi.command.api.convention.RebaseAmendment;
import org.yishi.command.api.convention.RecordPatrolCheck;
import org.yishi.command.api.convention.RejectAmendment;
import org.yishi.command.api.convention.RemoveClause;
import org.yishi.command.api.convention.ReorderClauses;
import org.yishi.command.api.convention.RepealConvention;
import org.yishi.command.api.convention.ReturnConvention;
import org.yishi.command.api.convention.ReviseConventionHeading;
import org.yishi.command.api.convention.StartAmending;
import org.yishi.command.api.convention.SubmitConventionForReview;
import org.yishi.command.api.convention.SupportAmendment;
import org.yishi.command.api.convention.WithdrawAmendment;
import org.yishi.command.api.decision.DecisionId;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.SessionId;
import org.yishi.web.signin.YishiUser;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The convention API's commands: the committee drafts clause by clause, members comment, propose and support
 * amendments and lodge objections during public notice, the committee answers and puts the draft to a vote, the
 * party secretary reviews it, and the committee publishes, files and amends it. The actor is always the signed-in
 * person; the command side decides who may do what. Ids of what is created are the server's.
 */
@RestController
class ConventionController {

    private final CommandGateway commands;
    private final Clock clock;

    ConventionController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/api/conventions")
    ResponseEntity<ConventionRequests.Created> draft(@RequestBody ConventionRequests.NewConvention convention,
                                                     @AuthenticationPrincipal YishiUser user) {
        String id = newId();
        commands.sendAndWait(new DraftConvention(new ConventionId(id), new CommunityId(convention.communityId()),
                                                 convention.title(), convention.preamble(),
                                                 convention.stakeholderGroups() == null
                                                 ? Set.of() : convention.stakeholderGroups(),
                                                 blank(convention.originDecisionId())
                                                 ? null : new DecisionId(convention.originDecisionId()),
                                                 user.personId(), clock.instant()));
        return created("/api/conventions/" + id, id);
    }

    @PostMapping("/api/conventions/{id}/heading")
    ResponseEntity<Void> heading(@PathVariable String id, @RequestBody ConventionRequests.Heading heading,
                                 @AuthenticationPrincipal YishiUser user) {
        return done(new ReviseConventionHeading(new ConventionId(id), heading.title(), heading.preamble(),
                                                heading.reason(), user.personId(), clock.instant()));
    }

    @PostMapping("/api/conventions/{id}/clauses")
    ResponseEntity<ConventionRequests.Created> addClause(@PathVariable String id,
                                                         @RequestBody ConventionRequests.NewClause clause,
                                                         @AuthenticationPrincipal YishiUser user) {
        String clauseId = newId();
        commands.sendAndWait(new AddClause(new ConventionId(id), new ClauseId(clauseId), clause.chapter(),
                                           clause.text(), clauseOrNull(clause.after()), clause.reason(),
                                           user.personId(), clock.instant()));
        return created("/api/conventions/" + id + "/clauses/" + clauseId, clauseId);
    }

    @PostMapping("/api/conventions/{id}/clauses/{clauseId}")
    ResponseEntity<Void> editClause(@PathVariable String id, @PathVariable String clauseId,
                                    @RequestBody ConventionRequests.ClauseWording wording,
                                    @AuthenticationPrincipal YishiUser user) {
        return done(new EditClause(new ConventionId(id), new ClauseId(clauseId), wording.chapter(), wording.text(),
                                   wording.reason(), user.personId(), clock.instant()));
    }

    @PostMapping("/api/conventions/{id}/clauses/{clauseId}/remove")
    ResponseEntity<Void> removeClause(@PathVariable String id, @PathVariable String clauseId,
                                      @RequestBody ConventionRequests.Reason reason,
                                      @AuthenticationPrincipal YishiUser user) {
        return done(new RemoveClause(new ConventionId(id), new ClauseId(clauseId), reason.reason(), user.personId(),
                                     clock.instant()));
    }

    @PostMapping("/api/conventions/{id}/order")
    ResponseEntity<Void> reorder(@PathVariable String id, @RequestBody ConventionRequests.Order order,
                                 @AuthenticationPrincipal YishiUser user) {
        List<ClauseId> clauses = order.clauseIds() == null ? List.of()
                                 : order.clauseIds().stream().map(ClauseId::new).toList();
        return done(new ReorderClauses(new ConventionId(id), clauses, order.reason(), user.personId(),
                                       clock.instant()));
    }

    @PostMapping("/api/conventions/{id}/clauses/{clauseId}/comments")
    ResponseEntity<ConventionRequests.Created> comment(@PathVariable String id, @PathVariable String clauseId,
                                                       @RequestBody ConventionRequests.NewComment comment,
                                                       @AuthenticationPrincipal YishiUser user) {
        String commentId = newId();
        commands.sendAndWait(new CommentOnClause(new ConventionId(id), new CommentId(commentId),
                                                 new ClauseId(clauseId),
                                                 blank(comment.replyTo()) ? null : new CommentId(comment.replyTo()),
                                                 comment.text(), user.personId(), clock.instant()));
        return created("/api/conventions/" + id + "/comments/" + commentId, commentId);
    }

    @PostMapping("/api/conventions/{id}/amendments")
    ResponseEntity<ConventionRequests.Created> propose(@PathVariable String id,
                                                       @RequestBody ConventionRequests.NewAmendment amendment,
                                                       @AuthenticationPrincipal YishiUser user) {
        String amendmentId = newId();
        AmendmentKind kind = amendment.kind();
        commands.sendAndWait(new ProposeAmendment(new ConventionId(id), new AmendmentId(amendmentId), kind,
                                                  clauseOrNull(amendment.clauseId()), amendment.chapter(),
                                                  amendment.text(), amendment.rationale(), user.personId(),
                                                  clock.instant()));
        return created("/api/conventions/" + id + "/amendments/" + amendmentId, amendmentId);
    }

    @PostMapping("/api/conventions/{id}/amendments/{amendmentId}/support")
    ResponseEntity<Void> support(@PathVariable String id, @PathVariable String amendmentId,
                                 @AuthenticationPrincipal YishiUser user) {
        return done(new SupportAmendment(new ConventionId(id), new AmendmentId(amendmentId), user.personId(),
                                         clock.instant()));
    }

    @PostMapping("/api/conventions/{id}/amendments/{amendmentId}/withdraw")
    ResponseEntity<Void> withdraw(@PathVariable String id, @PathVariable String amendmentId,
                                  @AuthenticationPrincipal YishiUser user) {
        return done(new WithdrawAmendment(new ConventionId(id), new AmendmentId(amendmentId), user.personId(),
                                          clock.instant()));
    }

    @PostMapping("/api/conventions/{id}/amendments/{amendmentId}/rebase")
    ResponseEntity<Void> rebase(@PathVariable String id, @PathVariable String amendmentId,
                                @RequestBody ConventionRequests.Rebase rebase,
                                @AuthenticationPrincipal YishiUser user) {
        return done(new RebaseAmendment(new ConventionId(id), new AmendmentId(amendmentId), rebase.text(),
                                        rebase.rationale(), user.personId(), clock.instant()));
    }

    /** A new clause an amendment adds gets its id here; rewording and removal keep the clause's. */
    @PostMapping("/api/conventions/{id}/amendments/{amendmentId}/accept")
    ResponseEntity<Void> accept(@PathVariable String id, @PathVariable String amendmentId,
                                @AuthenticationPrincipal YishiUser user) {
        return done(new AcceptAmendment(new ConventionId(id), new AmendmentId(amendmentId), new ClauseId(newId()),
                                        user.personId(), clock.instant()));
    }

    @PostMapping("/api/conventions/{id}/amendments/{amendmentId}/reject")
    ResponseEntity<Void> reject(@PathVariable String id, @PathVariable String amendmentId,
                                @RequestBody ConventionRequests.Reason reason,
                                @AuthenticationPrincipal YishiUser user) {
        return done(new RejectAmendment(new ConventionId(id), new AmendmentId(amendmentId), reason.reason(),
                                        user.personId(), clock.instant()));
    }

    @PostMapping("/api/conventions/{id}/notice")
    ResponseEntity<Void> notice(@PathVariable String id,
                                @RequestBody(required = false) ConventionRequests.Notice notice,
                                @AuthenticationPrincipal YishiUser user) {
        return done(new PutOnPublicNotice(new ConventionId(id), notice == null ? null : notice.period(),
                                          user.personId(), clock.instant()));
    }

    @PostMapping("/api/conventions/{id}/objections")
    ResponseEntity<ConventionRequests.Created> object(@PathVariable String id,
                                                      @RequestBody ConventionRequests.NewObjection objection,
                                                      @AuthenticationPrincipal YishiUser user) {
        String objectionId = newId();
        commands.sendAndWait(new LodgeObjection(new ConventionId(id), new ObjectionId(objectionId),
                                                clauseOrNull(objection.clauseId()), objection.text(),
                                                user.personId(), clock.instant()));
        return created("/api/conventions/" + id + "/objections/" + objectionId, objectionId);
    }

    @PostMapping("/api/conventions/{id}/objections/{objectionId}/answer")
    ResponseEntity<Void> answer(@PathVariable String id, @PathVariable String objectionId,
                                @RequestBody ConventionRequests.Answer answer,
                                @AuthenticationPrincipal YishiUser user) {
        return done(new AnswerObjection(new ConventionId(id), new ObjectionId(objectionId), answer.answer(),
                                        user.personId(), clock.instant()));
    }

    /** The vote's motion id is derived from the convention and the attempt, so a retried request opens one vote. */
    @PostMapping("/api/conventions/{id}/vote")
    ResponseEntity<ConventionRequests.Created> vote(@PathVariable String id,
                                                    @RequestBody ConventionRequests.Vote vote,
                                                    @AuthenticationPrincipal YishiUser user) {
        ConventionId conventionId = new ConventionId(id);
        PutConventionToVote command = new PutConventionToVote(
                conventionId, conventionId.motion(Math.max(1, vote.attempt())), vote.purpose(),
                blank(vote.sessionId()) ? null : new SessionId(vote.sessionId()),
                blank(vote.itemId()) ? null : new AgendaItemId(vote.itemId()), vote.closesAt(), vote.secrecy(),
                user.personId(), clock.instant());
        commands.sendAndWait(command);
        return created("/api/motions/" + command.motionId().value(), command.motionId().value());
    }

    @PostMapping("/api/conventions/{id}/submit")
    ResponseEntity<Void> submit(@PathVariable String id, @RequestBody(required = false) ConventionRequests.Note note,
                                @AuthenticationPrincipal YishiUser user) {
        return done(new SubmitConventionForReview(new ConventionId(id), note == null ? null : note.note(),
                                                  user.personId(), clock.instant()));
    }

    @PostMapping("/api/conventions/{id}/approve")
    ResponseEntity<Void> approve(@PathVariable String id,
                                 @RequestBody(required = false) ConventionRequests.Comment comment,
                                 @AuthenticationPrincipal YishiUser user) {
        return done(new ApproveConvention(new ConventionId(id), comment == null ? null : comment.comment(),
                                          user.personId(), clock.instant()));
    }

    @PostMapping("/api/conventions/{id}/return")
    ResponseEntity<Void> returnToCommittee(@PathVariable String id,
                                           @RequestBody ConventionRequests.Comments comments,
                                           @AuthenticationPrincipal YishiUser user) {
        return done(new ReturnConvention(new ConventionId(id), comments.comments(), user.personId(),
                                         clock.instant()));
    }

    @PostMapping("/api/conventions/{id}/publish")
    ResponseEntity<Void> publish(@PathVariable String id, @RequestBody ConventionRequests.Publication publication,
                                 @AuthenticationPrincipal YishiUser user) {
        return done(new PublishConvention(new ConventionId(id), publication.effectiveFrom(),
                                          publication.visibility(), user.personId(), clock.instant()));
    }

    @PostMapping("/api/conventions/{id}/repeal")
    ResponseEntity<Void> repeal(@PathVariable String id, @RequestBody ConventionRequests.Repeal repeal,
                                @AuthenticationPrincipal YishiUser user) {
        return done(new RepealConvention(new ConventionId(id), repeal.effectiveFrom(), user.personId(),
                                         clock.instant()));
    }

    @PostMapping("/api/conventions/{id}/filing")
    ResponseEntity<Void> file(@PathVariable String id, @RequestBody ConventionRequests.Filing filing,
                              @AuthenticationPrincipal YishiUser user) {
        return done(new FileConvention(new ConventionId(id), filing.version(), filing.filedOn(), filing.office(),
                                       filing.reference(), user.personId(), clock.instant()));
    }

    @PostMapping("/api/conventions/{id}/amend")
    ResponseEntity<Void> startAmending(@PathVariable String id, @RequestBody ConventionRequests.Reason reason,
                                       @AuthenticationPrincipal YishiUser user) {
        return done(new StartAmending(new ConventionId(id), reason.reason(), user.personId(), clock.instant()));
    }

    @PostMapping("/api/conventions/{id}/patrols")
    ResponseEntity<ConventionRequests.Created> patrol(@PathVariable String id,
                                                      @RequestBody ConventionRequests.Patrol patrol,
                                                      @AuthenticationPrincipal YishiUser user) {
        String checkId = newId();
        commands.sendAndWait(new RecordPatrolCheck(new ConventionId(id), new PatrolCheckId(checkId),
                                                   clauseOrNull(patrol.clauseId()), patrol.checkedOn(),
                                                   patrol.observation(), patrol.followUp(), user.personId(),
                                                   clock.instant()));
        return created("/api/conventions/" + id + "/patrols/" + checkId, checkId);
    }

    private ResponseEntity<Void> done(Object command) {
        commands.sendAndWait(command);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<ConventionRequests.Created> created(String location, String id) {
        return ResponseEntity.created(URI.create(location)).body(new ConventionRequests.Created(id));
    }

    private static ClauseId clauseOrNull(String id) {
        return blank(id) ? null : new ClauseId(id);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
