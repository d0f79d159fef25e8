package org.yishi.web.community;

import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.query.api.members.FindMembers;
import org.yishi.query.api.members.MemberDirectory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who someone is in a community, for the reads that no command guards (a vote's page, a decision, the review
 * queue), from the member directory projection. Commands are checked again by the command side. A member found is
 * remembered for a couple of seconds, so that a room of phones reading one vote do not each read the whole
 * directory; someone not found is always looked up again.
 */
@Component
public class Membership {

    private static final Duration REMEMBERED = Duration.ofSeconds(2);

    private final QueryGateway queries;
    private final Clock clock;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    Membership(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The person's roles in the community; empty if they are not a member (or {@code person} is null). */
    public Optional<Set<Role>> roles(String communityId, PersonId person) {
        if (person == null) {
            return Optional.empty();
        }
        String key = communityId + "\n" + person.value();
        Instant now = clock.instant();
        Known remembered = known.get(key);
        if (remembered != null && remembered.until().isAfter(now)) {
            return Optional.of(remembered.roles());
        }
        Optional<Set<Role>> roles = queries.query(new FindMembers(communityId), MemberDirectory.class).join()
                                           .members().stream()
                                           .filter(member -> member.personId().equals(person.value()))
                                           .findFirst().map(Membership::roles);
        roles.ifPresentOrElse(found -> known.put(key, new Known(found, now.plus(REMEMBERED))),
                              () -> known.remove(key));
        if (known.size() > 100_000) {
            known.values().removeIf(entry -> !entry.until().isAfter(now));
        }
        return roles;
    }

    public boolean isMember(String communityId, PersonId person) {
        return roles(communityId, person).isPresent();
    }

    public boolean holdsAny(String communityId, PersonId person, Role... wanted) {
        return roles(communityId, person).map(roles -> Arrays.stream(wanted).anyMatch(roles::contains))
                                         .orElse(false);
    }

    private static Set<Role> roles(MemberDirectory.Member member) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (member.roles() != null) {
            member.roles().forEach(role -> roles.add(Role.valueOf(role)));
        }
        return Set.copyOf(roles);
    }

    private record Known(Set<Role> roles, Instant until) {
    }
}
