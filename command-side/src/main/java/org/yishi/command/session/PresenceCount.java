package org.yishi.command.session;

import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.community.Standing;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who is present and how many of them count towards the quorum. Everyone checked in may attend and speak; only the
 * electorate counts: verified residents one by one, households by any one of their verified residents, or the
 * residents' group representatives.
 */
record PresenceCount(Map<PersonId, Attendee> present) {

    /** What counting needs of one person present, fixed when they check in. */
    record Attendee(HouseholdId household, boolean counts) {
    }

    static final PresenceCount NOBODY = new PresenceCount(Map.of());

    PresenceCount {
        present = Map.copyOf(present);
    }

    static boolean counts(Standing standing, ElectorateType electorate) {
        return switch (electorate) {
            case ADULT_RESIDENTS -> standing.verifiedResident();
            case HOUSEHOLDS -> standing.verifiedResident() && standing.household() != null;
            case GROUP_REPRESENTATIVES -> standing.actsAs(Role.GROUP_REPRESENTATIVE);
        };
    }

    boolean includes(PersonId person) {
        return present.containsKey(person);
    }

    int count(ElectorateType electorate) {
        var counting = present.values().stream().filter(Attendee::counts);
        if (electorate == ElectorateType.HOUSEHOLDS) {
            return (int) counting.map(Attendee::household).filter(Objects::nonNull).distinct().count();
        }
        return (int) counting.count();
    }

    PresenceCount with(PersonId person, Attendee attendee) {
        Map<PersonId, Attendee> more = new HashMap<>(present);
        more.put(person, attendee);
        return new PresenceCount(more);
    }

    PresenceCount without(PersonId person) {
        Map<PersonId, Attendee> fewer = new HashMap<>(present);
        fewer.remove(person);
        return new PresenceCount(fewer);
    }
}
