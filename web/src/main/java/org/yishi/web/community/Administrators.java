package org.yishi.web.community;

import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.query.api.members.MemberDirectory;

/**
 * Names and addresses are for a community's administrators only. Reads are not commands, so the command side's
 * check does not apply; the directory itself says who administers the community.
 */
final class Administrators {

    private Administrators() {
    }

    static MemberDirectory requireAmong(MemberDirectory directory, PersonId person) {
        boolean administrator = directory.members().stream().anyMatch(
                member -> member.personId().equals(person.value()) && member.roles().contains(Role.ADMINISTRATOR.name()));
        if (!administrator) {
            throw new Unauthorized("只有本社区的管理员可以查看成员名单",
                                   "Only an administrator of this community may see its members");
        }
        return directory;
    }
}
