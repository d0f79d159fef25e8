package org.yishi.web.session;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.query.api.meetingboard.FindSessionBoard;
import org.yishi.query.api.meetingboard.Header;
import org.yishi.query.api.meetingboard.SessionBoard;
import org.yishi.query.api.members.FindMembers;
import org.yishi.query.api.members.MemberDirectory;
import org.yishi.query.api.sessions.FindSessions;
import org.yishi.query.api.sessions.SessionSummary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may read what of a session, for the reads that no command guards: the live board (REST and STOMP), the
 * minutes, and the join code. Commands are checked by the command side itself; this mirrors its terms on the read
 * side, from the member directory projection (members and their {@code Role} names):
 * <ul>
 *     <li>a board may be watched by anyone when it is public, otherwise by a signed-in member of the session's
 *     community, whatever their role;</li>
 *     <li>the join code is for staff: a committee member, a moderator or an administrator of the community, or the
 *     session's own moderator.</li>
 * </ul>
 * A member found is remembered for a couple of seconds, so that thousands of phones subscribing to one board at the
 * start of a session do not each read the whole directory; someone not found is always looked up again, so a member
 * registered a moment ago is not turned away twice. A revoked membership therefore takes up to that long to count.
 */
@Component
public class SessionAccess {

    private static final Set<String> STAFF_ROLES = Set.of(Role.COMMITTEE_MEMBER.name(), Role.MODERATOR.name(),
                                                          Role.ADMINISTRATOR.name());
    private static final Duration REMEMBERED = Duration.ofSeconds(2);

    private final QueryGateway queries;
    private final Clock clock;
    private final Map<String, Known> members = new ConcurrentHashMap<>();

    SessionAccess(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The session's board as of now; 404 (through the API's error advice) for a session the board does not know. */
    public SessionBoard board(String sessionId) {
        return queries.query(new FindSessionBoard(sessionId), ResponseTypes.optionalInstanceOf(SessionBoard.class))
                      .join()
                      .orElseThrow(() -> new AggregateNotFoundException(sessionId, "No session " + sessionId));
    }

    /** Whether {@code viewer} (null when nobody is signed in) may watch this board. */
    public boolean mayWatch(SessionBoard board, PersonId viewer) {
        Header header = board.sections().header();
        return header.publicBoard() || viewer != null && roles(header.communityId(), viewer).isPresent();
    }

    /** Returns the board if {@code viewer} may watch it; otherwise throws an {@link Unauthorized}. */
    public SessionBoard requireWatcher(String sessionId, PersonId viewer) {
        SessionBoard board = board(sessionId);
        if (!mayWatch(board, viewer)) {
            throw notAWatcher();
        }
        return board;
    }

    /** Throws an {@link Unauthorized} unless {@code viewer} is staff for this session. */
    public void requireStaff(String sessionId, PersonId viewer) {
        Header header = board(sessionId).sections().header();
        if (viewer == null) {
            throw notStaff();
        }
        boolean staff = roles(header.communityId(), viewer).map(roles -> roles.stream().anyMatch(STAFF_ROLES::contains))
                                                            .orElse(false);
        if (!staff && !isModerator(header.communityId(), sessionId, viewer)) {
            throw notStaff();
        }
    }

    public static Unauthorized notAWatcher() {
        return new Unauthorized("只有本社区的成员可以观看这场会议的看板",
                                "Only members of this community may watch this session's board");
    }

    private static Unauthorized notStaff() {
        return new Unauthorized("只有议事委员、主持人或社区管理员可以查看签到码",
                                "Only a committee member, the moderator or an administrator may see the join code");
    }

    private boolean isModerator(String communityId, String sessionId, PersonId viewer) {
        return queries.query(new FindSessions(communityId), org.yishi.query.api.sessions.SessionList.class).join()
                      .sessions().stream()
                      .filter(session -> session.sessionId().equals(sessionId))
                      .map(SessionSummary::moderatorId)
                      .anyMatch(viewer.value()::equals);
    }

    /** The viewer's role names in the community; empty if they are not a member. */
    private Optional<List<String>> roles(String communityId, PersonId viewer) {
        String key = communityId + "\n" + viewer.value();
        Instant now = clock.instant();
        Known known = members.get(key);
        if (known != null && known.until().isAfter(now)) {
            return Optional.of(known.roles());
        }
        MemberDirectory directory = queries.query(new FindMembers(communityId), MemberDirectory.class).join();
        Optional<List<String>> roles = directory.members().stream()
                                                .filter(member -> member.personId().equals(viewer.value()))
                                                .map(member -> member.roles() == null ? List.<String>of()
                                                                                      : member.roles())
                                                .findFirst();
        roles.ifPresentOrElse(found -> members.put(key, new Known(found, now.plus(REMEMBERED))),
                              () -> members.remove(key));
        if (members.size() > 100_000) {
            members.values().removeIf(entry -> !entry.until().isAfter(now));
        }
        return roles;
    }

    private record Known(List<String> roles, Instant until) {
    }
}
