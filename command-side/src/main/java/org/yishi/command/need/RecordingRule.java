package org.yishi.command.need;

import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.Role;
import org.yishi.command.community.Standing;

import java.util.Set;

/**
 * Who may put a need of a household on the list: staff for any household, a grid worker for the households of the
 * groups they cover (they record at the door), a verified resident for their own household only.
 */
final class RecordingRule {

    /** The staff who record for any household and who take a need through its steps. */
    static final Role[] STAFF = {Role.COMMITTEE_MEMBER, Role.ADMINISTRATOR};

    private RecordingRule() {
    }

    /** {@code group}: the household's residents' group; {@code covered}: the groups the actor covers as grid worker. */
    static void check(Standing actor, Set<GroupId> covered, HouseholdId household, GroupId group) {
        if (actor.actsAs(STAFF) || covered.contains(group)) {
            return;
        }
        if (actor.verifiedResident() && household.equals(actor.household())) {
            return;
        }
        throw new Unauthorized("只能登记本户的需求；网格员登记所负责小组的住户，议事委员和管理员可登记各户",
                               "Residents record needs of their own household, grid workers of households in their "
                               + "groups, the committee and administrators of any household");
    }
}
