package org.yishi.web.session;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.session.AddAgendaItem;
import org.yishi.command.api.session.AddMinutesNote;
import org.yishi.command.api.session.AdjournSession;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.ChangeBoardVisibility;
import org.yishi.command.api.session.CheckIn;
import org.yishi.command.api.session.CheckInMethod;
import org.yishi.command.api.session.CloseItem;
import org.yishi.command.api.session.CloseSession;
import org.yishi.command.api.session.EndTurn;
import org.yishi.command.api.session.GiveFloor;
import org.yishi.command.api.session.LeaveSession;
import org.yishi.command.api.session.OpenSession;
import org.yishi.command.api.session.PublishAgenda;
import org.yishi.command.api.session.RecordPosition;
import org.yishi.command.api.session.RemoveAgendaItem;
import org.yishi.command.api.session.ReorderAgenda;
import org.yishi.command.api.session.RequestFloor;
import org.yishi.command.api.session.ResumeSession;
import org.yishi.command.api.session.ScheduleSession;
import org.yishi.command.api.session.SessionId;
import org.yishi.command.api.session.StartItem;
import org.yishi.command.api.session.WithdrawFloorRequest;
import org.yishi.query.api.meetingboard.SessionBoard;
import org.yishi.query.api.minutes.FindMinutes;
import org.yishi.query.api.minutes.Minutes;
import org.yishi.query.api.sessions.FindJoinCode;
import org.yishi.query.api.sessions.FindParticipation;
import org.yishi.query.api.sessions.FindSessionByJoinCode;
import org.yishi.query.api.sessions.FindSessions;
import org.yishi.query.api.sessions.Participation;
import org.yishi.query.api.sessions.SessionList;
import org.yishi.web.signin.YishiUser;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The session API. The actor is always the signed-in person; ids and times are the server's; every command is sent
 * and waited for, so a 2xx answer means its events are stored. Reads come from projections and may lag a command by
 * a moment; each view carries the position it reflects. The live board is also pushed over STOMP (package
 * {@code org.yishi.web.live}); its REST read here is for a first load and for clients without a WebSocket.
 */
@RestController
class SessionController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final SessionAccess access;
    private final JoinCodes joinCodes;
    private final Clock clock;

    SessionController(CommandGateway commands, QueryGateway queries, SessionAccess access, JoinCodes joinCodes,
                      Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.joinCodes = joinCodes;
        this.clock = clock;
    }

    @PostMapping("/api/communities/{communityId}/sessions")
    ResponseEntity<SessionRequests.Scheduled> schedule(@PathVariable String communityId,
                                                       @RequestBody SessionRequests.Schedule schedule,
                                                       @AuthenticationPrincipal YishiUser user) {
        SessionId id = new SessionId(UUID.randomUUID().toString());
        String joinCode = joinCodes.fresh();
        commands.sendAndWait(new ScheduleSession(
                id, new CommunityId(communityId), schedule.kind(), schedule.title(), schedule.startsAt(),
                schedule.place(), schedule.format(), person(schedule.moderatorId()),
                schedule.invitedGroups() == null ? Set.of() : Set.copyOf(schedule.invitedGroups()), joinCode,
                schedule.speakingSeconds(), schedule.publicBoard(), user.personId(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/sessions/" + id.value()))
                             .body(new SessionRequests.Scheduled(id.value(), joinCode));
    }

    @GetMapping("/api/communities/{communityId}/sessions")
    SessionList list(@PathVariable String communityId) {
        return queries.query(new FindSessions(communityId), SessionList.class).join();
    }

    @PostMapping("/api/sessions/{id}/agenda")
    ResponseEntity<SessionRequests.ItemAdded> addItem(@PathVariable String id,
                                                      @RequestBody SessionRequests.NewItem item,
                                                      @AuthenticationPrincipal YishiUser user) {
        AgendaItemId itemId = new AgendaItemId(UUID.randomUUID().toString());
        ProposalId proposal = item.proposalId() == null || item.proposalId().isBlank()
                ? null : new ProposalId(item.proposalId());
        commands.sendAndWait(new AddAgendaItem(new SessionId(id), itemId, proposal, item.title(),
                                               item.plannedMinutes(), item.speakingSeconds(), user.personId(),
                                               clock.instant()));
        return ResponseEntity.created(URI.create("/api/sessions/" + id + "/agenda/" + itemId.value()))
                             .body(new SessionRequests.ItemAdded(itemId.value()));
    }

    @DeleteMapping("/api/sessions/{id}/agenda/{itemId}")
    ResponseEntity<Void> removeItem(@PathVariable String id, @PathVariable String itemId,
                                    @AuthenticationPrincipal YishiUser user) {
        return done(new RemoveAgendaItem(new SessionId(id), new AgendaItemId(itemId), user.personId(),
                                         clock.instant()));
    }

    @PutMapping("/api/sessions/{id}/agenda/order")
    ResponseEntity<Void> reorder(@PathVariable String id, @RequestBody SessionRequests.Order order,
                                 @AuthenticationPrincipal YishiUser user) {
        List<AgendaItemId> items = order.order() == null ? List.of()
                                                         : order.order().stream().map(AgendaItemId::new).toList();
        return done(new ReorderAgenda(new SessionId(id), items, user.personId(), clock.instant()));
    }

    @PostMapping("/api/sessions/{id}/agenda/publish")
    ResponseEntity<Void> publish(@PathVariable String id, @AuthenticationPrincipal YishiUser user) {
        return done(new PublishAgenda(new SessionId(id), user.personId(), clock.instant()));
    }

    @PostMapping("/api/sessions/{id}/check-in")
    ResponseEntity<Void> checkIn(@PathVariable String id, @RequestBody(required = false) SessionRequests.Code code,
                                 @AuthenticationPrincipal YishiUser user) {
        String typed = code == null || code.code() == null || code.code().isBlank() ? null : code.code().trim();
        return done(new CheckIn(new SessionId(id), user.personId(),
                                typed == null ? CheckInMethod.ONLINE : CheckInMethod.CODE, typed, user.personId(),
                                clock.instant()));
    }

    @PostMapping("/api/sessions/{id}/participants/{personId}/check-in")
    ResponseEntity<Void> checkInByStaff(@PathVariable String id, @PathVariable String personId,
                                        @AuthenticationPrincipal YishiUser user) {
        return done(new CheckIn(new SessionId(id), new PersonId(personId), CheckInMethod.STAFF, null,
                                user.personId(), clock.instant()));
    }

    @PostMapping("/api/sessions/{id}/leave")
    ResponseEntity<Void> leave(@PathVariable String id, @AuthenticationPrincipal YishiUser user) {
        return done(new LeaveSession(new SessionId(id), user.personId(), user.personId(), clock.instant()));
    }

    @PostMapping("/api/sessions/{id}/participants/{personId}/leave")
    ResponseEntity<Void> leaveByStaff(@PathVariable String id, @PathVariable String personId,
                                      @AuthenticationPrincipal YishiUser user) {
        return done(new LeaveSession(new SessionId(id), new PersonId(personId), user.personId(), clock.instant()));
    }

    @PostMapping("/api/sessions/{id}/open")
    ResponseEntity<Void> open(@PathVariable String id, @AuthenticationPrincipal YishiUser user) {
        return done(new OpenSession(new SessionId(id), user.personId(), clock.instant()));
    }

    @PostMapping("/api/sessions/{id}/adjourn")
    ResponseEntity<Void> adjourn(@PathVariable String id, @RequestBody(required = false) SessionRequests.Reason reason,
                                 @AuthenticationPrincipal YishiUser user) {
        return done(new AdjournSession(new SessionId(id), reason == null ? null : reason.reason(), user.personId(),
                                       clock.instant()));
    }

    @PostMapping("/api/sessions/{id}/resume")
    ResponseEntity<Void> resume(@PathVariable String id, @AuthenticationPrincipal YishiUser user) {
        return done(new ResumeSession(new SessionId(id), user.personId(), clock.instant()));
    }

    @PostMapping("/api/sessions/{id}/close")
    ResponseEntity<Void> close(@PathVariable String id, @AuthenticationPrincipal YishiUser user) {
        return done(new CloseSession(new SessionId(id), user.personId(), clock.instant()));
    }

    @PostMapping("/api/sessions/{id}/items/{itemId}/start")
    ResponseEntity<Void> startItem(@PathVariable String id, @PathVariable String itemId,
                                   @AuthenticationPrincipal YishiUser user) {
        return done(new StartItem(new SessionId(id), new AgendaItemId(itemId), user.personId(), clock.instant()));
    }

    @PostMapping("/api/sessions/{id}/items/{itemId}/close")
    ResponseEntity<Void> closeItem(@PathVariable String id, @PathVariable String itemId,
                                   @RequestBody SessionRequests.ItemClosing closing,
                                   @AuthenticationPrincipal YishiUser user) {
        return done(new CloseItem(new SessionId(id), new AgendaItemId(itemId), closing.outcome(), closing.text(),
                                  user.personId(), clock.instant()));
    }

    @PostMapping("/api/sessions/{id}/floor")
    ResponseEntity<Void> askForTheFloor(@PathVariable String id, @AuthenticationPrincipal YishiUser user) {
        return done(new RequestFloor(new SessionId(id), user.personId(), clock.instant()));
    }

    @DeleteMapping("/api/sessions/{id}/floor")
    ResponseEntity<Void> withdrawFloorRequest(@PathVariable String id, @AuthenticationPrincipal YishiUser user) {
        return done(new WithdrawFloorRequest(new SessionId(id), user.personId(), clock.instant()));
    }

    @PostMapping("/api/sessions/{id}/floor/give")
    ResponseEntity<Void> giveFloor(@PathVariable String id, @RequestBody SessionRequests.Floor floor,
                                   @AuthenticationPrincipal YishiUser user) {
        return done(new GiveFloor(new SessionId(id), person(floor.speakerId()), floor.reason(), user.personId(),
                                  clock.instant()));
    }

    @PostMapping("/api/sessions/{id}/floor/end")
    ResponseEntity<Void> endTurn(@PathVariable String id, @AuthenticationPrincipal YishiUser user) {
        return done(new EndTurn(new SessionId(id), user.personId(), clock.instant()));
    }

    @PutMapping("/api/sessions/{id}/position")
    ResponseEntity<Void> recordPosition(@PathVariable String id, @RequestBody SessionRequests.Position position,
                                        @AuthenticationPrincipal YishiUser user) {
        return done(new RecordPosition(new SessionId(id), position.stance(), position.reason(), user.personId(),
                                       clock.instant()));
    }

    @PostMapping("/api/sessions/{id}/notes")
    ResponseEntity<Void> addNote(@PathVariable String id, @RequestBody SessionRequests.Note note,
                                 @AuthenticationPrincipal YishiUser user) {
        AgendaItemId item = note.itemId() == null || note.itemId().isBlank() ? null : new AgendaItemId(note.itemId());
        return done(new AddMinutesNote(new SessionId(id), item, note.text(), user.personId(), clock.instant()));
    }

    @PutMapping("/api/sessions/{id}/board-visibility")
    ResponseEntity<Void> changeBoardVisibility(@PathVariable String id,
                                               @RequestBody SessionRequests.Visibility visibility,
                                               @AuthenticationPrincipal YishiUser user) {
        return done(new ChangeBoardVisibility(new SessionId(id), visibility.publicBoard(), user.personId(),
                                              clock.instant()));
    }

    /** Open to anyone when the board is public (the security rules let this one through without a sign-in). */
    @GetMapping("/api/sessions/{id}/board")
    SessionBoard board(@PathVariable String id, @AuthenticationPrincipal YishiUser user) {
        return access.requireWatcher(id, user == null ? null : user.personId());
    }

    @GetMapping("/api/sessions/{id}/me")
    Participation me(@PathVariable String id, @AuthenticationPrincipal YishiUser user) {
        return queries.query(new FindParticipation(id, user.personId().value()), Participation.class).join();
    }

    @GetMapping("/api/sessions/{id}/minutes")
    Minutes minutes(@PathVariable String id, @AuthenticationPrincipal YishiUser user) {
        access.requireWatcher(id, user.personId());
        return queries.query(new FindMinutes(id), ResponseTypes.optionalInstanceOf(Minutes.class)).join()
                      .orElseThrow(() -> new AggregateNotFoundException(id, "No session " + id));
    }

    @GetMapping("/api/sessions/{id}/join-code")
    SessionRequests.JoinCode joinCode(@PathVariable String id, @AuthenticationPrincipal YishiUser user) {
        access.requireStaff(id, user.personId());
        String code = storedJoinCode(id);
        return new SessionRequests.JoinCode(code, joinUrl(code));
    }

    @GetMapping(path = "/api/sessions/{id}/join-code.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> joinCodeImage(@PathVariable String id, @AuthenticationPrincipal YishiUser user) {
        // A public board is a screen in the room, so it shows the code (and this image) to whoever is there.
        if (!access.board(id).sections().header().publicBoard()) {
            access.requireStaff(id, user == null ? null : user.personId());
        }
        String code = storedJoinCode(id);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(JoinCodeImage.png(joinUrl(code)));
    }

    /** A code is shown in the room to everyone there, so finding its session needs no sign-in. */
    @GetMapping("/api/join/{code}")
    SessionRequests.Joined join(@PathVariable String code) {
        return queries.query(new FindSessionByJoinCode(code.trim()), ResponseTypes.optionalInstanceOf(String.class))
                      .join()
                      .map(SessionRequests.Joined::new)
                      .orElseThrow(() -> new AggregateNotFoundException(code, "No session with join code " + code));
    }

    private String storedJoinCode(String id) {
        return queries.query(new FindJoinCode(id), ResponseTypes.optionalInstanceOf(String.class)).join()
                      .orElseThrow(() -> new AggregateNotFoundException(id, "No session " + id));
    }

    /** Where a phone lands after scanning: this server's own address as the browser reached it. */
    private static String joinUrl(String code) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/join/{code}").buildAndExpand(code)
                                          .toUriString();
    }

    private static PersonId person(String id) {
        return id == null || id.isBlank() ? null : new PersonId(id);
    }

    private ResponseEntity<Void> done(Object command) {
        commands.sendAndWait(command);
        return ResponseEntity.noContent().build();
    }
}
