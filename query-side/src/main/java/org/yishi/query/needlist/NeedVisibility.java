package org.yishi.query.needlist;

import org.yishi.command.api.community.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who reads a need. Staff (committee, administrators, the party secretary) read every need of their community, a
 * grid worker every need of the groups they cover, and the household a need is about reads its own. Having recorded
 * a need gives no reading of it: a grid worker moved off the group, or no longer one, stops reading it (a resident
 * records only for their own household, which reads it anyway). Any other member reads only needs about nobody vulnerable, without the household; strangers read
 * nothing. Needs reach no other view: no public page, archive, search index or export is fed from their events.
 */
final class NeedVisibility {

    static final Set<Role> STAFF = EnumSet.of(Role.COMMITTEE_MEMBER, Role.ADMINISTRATOR, Role.PARTY_SECRETARY);

    private NeedVisibility() {
    }

    /** Whether {@code reader} may read the need at all. */
    static boolean reads(Reader reader, String groupId, String householdId, boolean vulnerable) {
        return reader.member() && (!vulnerable || close(reader, groupId, householdId));
    }

    /** Whether {@code reader} serves or lives in the household, and so may see which household it is. */
    static boolean close(Reader reader, String groupId, String householdId) {
        if (!reader.member()) {
            return false;
        }
        return reader.roles().stream().anyMatch(STAFF::contains)
               || reader.roles().contains(Role.GRID_WORKER) && reader.groups().contains(groupId)
               || householdId.equals(reader.householdId());
    }
}
