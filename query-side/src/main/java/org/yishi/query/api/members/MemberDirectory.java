package org.yishi.query.api.members;

import java.util.List;

/**
 * A community's people as its administrators see them. {@code position} is the global position of the newest event
 * the directory reflects (-1 when it reflects none), so a page can tell how fresh it is.
 */
public record MemberDirectory(String communityId, List<Member> members, List<Household> households,
                              List<Group> groups, long position) {

    /**
     * {@code householdId}, {@code address} and {@code groupName} are null for a member in no household;
     * {@code stakeholderGroup} is set only for a stakeholder representative. Roles are {@code Role} names.
     */
    public record Member(String personId, String displayName, String householdId, String address,
                         String groupId, String groupName, boolean verified, List<String> roles,
                         String stakeholderGroup) {
    }

    /** {@code unit} and {@code representative} (a person id) may be null. */
    public record Household(String householdId, String groupId, String building, String unit, String room,
                            String representative) {

        /** How residents write it: building, unit, room (1栋2单元301). */
        public String address() {
            return building + "栋" + (unit == null ? "" : unit + "单元") + room;
        }
    }

    public record Group(String groupId, String name) {
    }
}
