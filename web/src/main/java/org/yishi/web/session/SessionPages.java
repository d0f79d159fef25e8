package org.yishi.web.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.api.motion.TieRule;
import org.yishi.command.api.motion.VotingUnit;
import org.yishi.command.api.session.Format;
import org.yishi.command.api.session.Outcome;
import org.yishi.command.api.session.SessionKind;
import org.yishi.query.api.meetingboard.FindSessionBoard;
import org.yishi.query.api.meetingboard.SessionBoard;
import org.yishi.query.api.members.FindMembers;
import org.yishi.query.api.members.MemberDirectory;
import org.yishi.query.api.minutes.FindMinutes;
import org.yishi.query.api.minutes.Minutes;
import org.yishi.query.api.proposals.FindProposals;
import org.yishi.query.api.proposals.ProposalList;
import org.yishi.query.api.proposals.ProposalOrder;
import org.yishi.query.api.proposals.ProposalStatus;
import org.yishi.query.api.sessions.FindJoinCode;
import org.yishi.query.api.sessions.FindParticipation;
import org.yishi.query.api.sessions.FindSessions;
import org.yishi.query.api.sessions.Participation;
import org.yishi.query.api.sessions.SessionList;
import org.yishi.web.signin.YishiUser;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The pages of live sessions: a community's sessions with the form to schedule one, the moderator's console, the
 * projector board, the resident's phone view and the printable minutes. Each reads its first state through the query
 * gateway and hands it to the page's script, which follows the board over STOMP and acts through the REST API.
 */
@Controller
class SessionPages {

    private final QueryGateway queries;
    private final SessionAccess access;
    private final ObjectMapper json;
    private final BoardLabels labels;

    SessionPages(QueryGateway queries, SessionAccess access, ObjectMapper json, BoardLabels labels) {
        this.queries = queries;
        this.access = access;
        this.json = json;
        this.labels = labels;
    }

    @GetMapping("/communities/{communityId}/sessions")
    String sessions(@PathVariable String communityId, @AuthenticationPrincipal YishiUser user, Model model,
                    Locale locale) {
        MemberDirectory directory = directory(communityId);
        SessionViewer viewer = SessionViewer.of(directory, user);
        model.addAttribute("communityId", communityId).addAttribute("viewer", viewer)
             .addAttribute("labels", labels.of(locale))
             .addAttribute("list", queries.query(new FindSessions(communityId), SessionList.class).join())
             .addAttribute("kinds", List.of(SessionKind.values())).addAttribute("formats", List.of(Format.values()))
             .addAttribute("groups", List.of(StakeholderGroup.values()))
             .addAttribute("english", "en".equals(locale.getLanguage()));
        if (viewer.staff()) {
            model.addAttribute("moderators", SessionViewer.moderators(directory))
                 .addAttribute("accepted", accepted(communityId));
        }
        return "session/sessions";
    }

    /** The console, for the moderator and the committee; others see it without the staff's tools. */
    @GetMapping("/sessions/{id}")
    String console(@PathVariable String id, @AuthenticationPrincipal YishiUser user, Model model, Locale locale) {
        Optional<SessionBoard> board = board(id);
        if (board.isEmpty()) {
            return loading(model);
        }
        if (!access.mayWatch(board.get(), user.personId())) {
            return forbidden(model);
        }
        String communityId = board.get().sections().header().communityId();
        MemberDirectory directory = directory(communityId);
        SessionViewer viewer = viewer(id, directory, user);
        live(model, board.get(), viewer, locale);
        if (viewer.staff()) {
            model.addAttribute("members", SessionViewer.pickable(directory))
                 .addAttribute("accepted", accepted(communityId))
                 .addAttribute("joinCode", joinCode(id))
                 .addAttribute("outcomes", List.of(Outcome.values()))
                 .addAttribute("methods", List.of(Method.values()))
                 .addAttribute("tieRules", List.of(TieRule.values()))
                 .addAttribute("secrecies", List.of(Secrecy.values()))
                 .addAttribute("units", List.of(VotingUnit.values()))
                 .addAttribute("groups", List.of(StakeholderGroup.values()));
        }
        return "session/console";
    }

    /**
     * The projector board: anyone may look at a public board, otherwise members of the community only. The join code
     * is on it for staff, and for everyone in the room when the board is public.
     */
    @GetMapping("/sessions/{id}/board")
    String projector(@PathVariable String id, @AuthenticationPrincipal YishiUser user, Model model, Locale locale) {
        Optional<SessionBoard> board = board(id);
        if (board.isEmpty()) {
            return loading(model);
        }
        if (!access.mayWatch(board.get(), user == null ? null : user.personId())) {
            if (user == null) {
                // the security filters send the browser to sign in, and back to this board afterwards
                throw new AccessDeniedException("Only members of the community may watch this board");
            }
            return forbidden(model);
        }
        SessionViewer viewer = viewer(id, directory(board.get().sections().header().communityId()), user);
        live(model, board.get(), viewer, locale);
        if (viewer.staff() || board.get().sections().header().publicBoard()) {
            model.addAttribute("joinCode", joinCode(id));
        }
        return "session/board";
    }

    @GetMapping("/sessions/{id}/phone")
    String phone(@PathVariable String id, @AuthenticationPrincipal YishiUser user, Model model, Locale locale) {
        Optional<SessionBoard> board = board(id);
        if (board.isEmpty()) {
            return loading(model);
        }
        SessionViewer viewer = SessionViewer.of(directory(board.get().sections().header().communityId()), user);
        if (!access.mayWatch(board.get(), user.personId())) {
            return forbidden(model);
        }
        live(model, board.get(), viewer, locale);
        Participation me = queries.query(new FindParticipation(id, user.personId().value()), Participation.class)
                                  .join();
        model.addAttribute("meJson", write(me));
        return "session/phone";
    }

    @GetMapping("/sessions/{id}/minutes")
    String minutes(@PathVariable String id, @AuthenticationPrincipal YishiUser user, Model model, Locale locale) {
        Optional<SessionBoard> board = board(id);
        if (board.isPresent() && !access.mayWatch(board.get(), user.personId())) {
            return forbidden(model);
        }
        Optional<Minutes> minutes = queries.query(new FindMinutes(id), ResponseTypes.optionalInstanceOf(Minutes.class))
                                           .join();
        if (minutes.isEmpty()) {
            return loading(model);
        }
        model.addAttribute("minutes", minutes.get()).addAttribute("labels", labels.of(locale))
             .addAttribute("english", "en".equals(locale.getLanguage()));
        return "session/minutes";
    }

    private void live(Model model, SessionBoard board, SessionViewer viewer, Locale locale) {
        Map<String, String> words = labels.of(locale);
        model.addAttribute("sessionId", board.sessionId()).addAttribute("board", board)
             .addAttribute("header", board.sections().header()).addAttribute("viewer", viewer)
             .addAttribute("labels", words).addAttribute("labelsJson", write(words))
             .addAttribute("boardJson", write(board));
    }

    /** Staff for this session as the API sees it: its moderator, or a committee member, moderator or administrator. */
    private SessionViewer viewer(String sessionId, MemberDirectory directory, YishiUser user) {
        SessionViewer viewer = SessionViewer.of(directory, user);
        if (viewer.staff() || user == null) {
            return viewer;
        }
        try {
            access.requireStaff(sessionId, user.personId());
            return new SessionViewer(viewer.personId(), viewer.member(), true);
        } catch (Unauthorized notStaff) {
            return viewer;
        }
    }

    private Optional<SessionBoard> board(String id) {
        return queries.query(new FindSessionBoard(id), ResponseTypes.optionalInstanceOf(SessionBoard.class)).join();
    }

    private MemberDirectory directory(String communityId) {
        return queries.query(new FindMembers(communityId), MemberDirectory.class).join();
    }

    private String joinCode(String id) {
        return queries.query(new FindJoinCode(id), ResponseTypes.optionalInstanceOf(String.class)).join().orElse(null);
    }

    /** Accepted proposals not yet deliberated in a session that has closed: those a new session is scheduled from. */
    private List<ProposalList.Entry> accepted(String communityId) {
        return queries.query(new FindProposals(communityId, ProposalStatus.ACCEPTED, null, ProposalOrder.NEWEST),
                             ProposalList.class).join().proposals().stream()
                      .filter(proposal -> !proposal.deliberated()).toList();
    }

    /** A session just scheduled may not be in the views yet: the page says it is loading and reloads. */
    private static String loading(Model model) {
        model.addAttribute("loading", true);
        return "session/loading";
    }

    private static String forbidden(Model model) {
        model.addAttribute("forbidden", true);
        return "session/loading";
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
