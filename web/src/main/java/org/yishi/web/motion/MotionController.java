package org.yishi.web.motion;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.motion.CastBallot;
import org.yishi.command.api.motion.CloseMotion;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.OpenMotion;
import org.yishi.command.api.motion.PassingRule;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.SessionId;
import org.yishi.query.api.meetingboard.AgendaItem;
import org.yishi.query.api.meetingboard.SessionBoard;
import org.yishi.query.api.motions.Ballot;
import org.yishi.query.api.motions.FindBallot;
import org.yishi.query.api.motions.FindMotions;
import org.yishi.query.api.motions.FindTally;
import org.yishi.query.api.motions.MotionList;
import org.yishi.query.api.motions.MotionTally;
import org.yishi.web.community.Membership;
import org.yishi.web.session.SessionAccess;
import org.yishi.web.signin.YishiUser;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The motion API: opening a vote in a session or online, casting and changing a ballot, closing, and the reads for
 * the voter's phone, the lists and the count. The actor is always the signed-in person; ids, times and the lot for a
 * tie are the server's; every command is sent and waited for, so a 2xx answer means its events are stored. Reads
 * come from projections, may lag a command by a moment, and are for members of the motion's community.
 */
@RestController
class MotionController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int LONGEST_KEY = 100;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final SessionAccess sessions;
    private final Membership membership;
    private final Clock clock;
    private final BallotBatches ballots;
    private final SecureRandom lots = new SecureRandom();

    MotionController(CommandGateway commands, QueryGateway queries, SessionAccess sessions, Membership membership,
                     Clock clock, BallotBatches ballots) {
        this.commands = commands;
        this.ballots = ballots;
        this.queries = queries;
        this.sessions = sessions;
        this.membership = membership;
        this.clock = clock;
    }

    /** The motion as the caller's phone shows it: whether they may vote, what they voted, the result once closed. */
    @GetMapping("/api/motions/{id}")
    Ballot ballot(@PathVariable String id, @AuthenticationPrincipal YishiUser user) {
        Ballot ballot = queries.query(new FindBallot(id, user.personId().value()),
                                      ResponseTypes.optionalInstanceOf(Ballot.class)).join()
                               .orElseThrow(() -> new AggregateNotFoundException(id, "No motion " + id));
        requireMember(ballot.communityId(), user);
        return ballot;
    }

    /** The count: turnout only while the vote is open, the recount and the recorded result once it is closed. */
    @GetMapping("/api/motions/{id}/tally")
    MotionTally tally(@PathVariable String id, @AuthenticationPrincipal YishiUser user) {
        MotionTally tally = queries.query(new FindTally(id), ResponseTypes.optionalInstanceOf(MotionTally.class))
                                   .join()
                                   .orElseThrow(() -> new AggregateNotFoundException(id, "No motion " + id));
        requireMember(tally.communityId(), user);
        return tally;
    }

    @GetMapping("/api/communities/{communityId}/motions")
    MotionList communityMotions(@PathVariable String communityId, @AuthenticationPrincipal YishiUser user) {
        requireMember(communityId, user);
        return queries.query(new FindMotions(communityId, null), MotionList.class).join();
    }

    @GetMapping("/api/sessions/{sessionId}/motions")
    MotionList sessionMotions(@PathVariable String sessionId, @AuthenticationPrincipal YishiUser user) {
        SessionBoard board = sessions.requireWatcher(sessionId, user.personId());
        return queries.query(new FindMotions(board.sections().header().communityId(), sessionId), MotionList.class)
                      .join();
    }

    /**
     * The moderator opens a vote on the item running now (or the one named); the item's proposal, if it took one
     * up, is the motion's.
     */
    @PostMapping("/api/sessions/{sessionId}/motions")
    ResponseEntity<MotionRequests.Opened> openInSession(@PathVariable String sessionId,
                                                        @RequestBody MotionRequests.NewMotion motion,
                                                        @AuthenticationPrincipal YishiUser user) {
        SessionBoard board = sessions.board(sessionId);
        String itemId = blank(motion.itemId()) ? board.sections().agenda().currentItemId() : motion.itemId();
        if (itemId == null) {
            throw new Rejection("当前没有正在进行的议题，不能发起表决", "No agenda item is running to vote on");
        }
        String proposalId = blank(motion.proposalId())
                            ? item(board, itemId).map(AgendaItem::proposalId).orElse(null) : motion.proposalId();
        return open(new CommunityId(board.sections().header().communityId()), new SessionId(sessionId),
                    new AgendaItemId(itemId), proposalId, motion, user);
    }

    /** A committee member opens a standalone online vote with a deadline. */
    @PostMapping("/api/communities/{communityId}/motions")
    ResponseEntity<MotionRequests.Opened> openOnline(@PathVariable String communityId,
                                                     @RequestBody MotionRequests.NewMotion motion,
                                                     @AuthenticationPrincipal YishiUser user) {
        return open(new CommunityId(communityId), null, null, motion.proposalId(), motion, user);
    }

    @PutMapping("/api/motions/{id}/ballot")
    ResponseEntity<Void> vote(@PathVariable String id, @RequestHeader(IDEMPOTENCY_KEY) String key,
                              @RequestBody MotionRequests.Ballot ballot, @AuthenticationPrincipal YishiUser user) {
        ballots.cast(new CastBallot(new MotionId(id), ballot.option(), ballot.reason(), requestId(key),
                                    user.personId(), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/motions/{id}/close")
    ResponseEntity<Void> close(@PathVariable String id, @AuthenticationPrincipal YishiUser user) {
        commands.sendAndWait(new CloseMotion(new MotionId(id), lots.nextLong(), user.personId(), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<MotionRequests.Opened> open(CommunityId community, SessionId session, AgendaItemId item,
                                                       String proposalId, MotionRequests.NewMotion motion,
                                                       YishiUser user) {
        MotionId id = new MotionId(UUID.randomUUID().toString());
        commands.sendAndWait(new OpenMotion(
                id, community, session, item, blank(proposalId) ? null : new ProposalId(proposalId),
                motion.question(), motion.method(), motion.options() == null ? List.of() : motion.options(),
                motion.abstainAllowed(), motion.passing() == null ? PassingRule.moreThanHalfOfPresent()
                                                                  : motion.passing(),
                motion.tieRule(), motion.secrecy(), motion.unit(), session == null ? motion.electorate() : null,
                motion.stakeholderGroups() == null ? Set.of() : Set.copyOf(motion.stakeholderGroups()),
                motion.changeable(), motion.closesAt(), user.personId(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/motions/" + id.value()))
                             .body(new MotionRequests.Opened(id.value()));
    }

    private void requireMember(String communityId, YishiUser user) {
        if (!membership.isMember(communityId, user.personId())) {
            throw notAMember();
        }
    }

    private static Unauthorized notAMember() {
        return new Unauthorized("只有本社区的成员可以查看这项表决", "Only members of this community may see this vote");
    }

    /** The client's key for one ballot request, sent again unchanged with each retry of that request. */
    private static String requestId(String key) {
        String trimmed = key == null ? "" : key.trim();
        if (trimmed.isEmpty() || trimmed.length() > LONGEST_KEY) {
            throw new Rejection("请求头 Idempotency-Key 须为 1 到 100 个字符",
                                "The Idempotency-Key header must be 1 to 100 characters");
        }
        return trimmed;
    }

    private static Optional<AgendaItem> item(SessionBoard board, String itemId) {
        return board.sections().agenda().items().stream().filter(item -> item.itemId().equals(itemId)).findFirst();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
