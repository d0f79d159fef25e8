package org.yishi.web.session;

import org.yishi.command.api.community.Role;
import org.yishi.query.api.members.MemberDirectory;
import org.yishi.web.signin.YishiUser;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Who is looking at a session's page, as far as the pages need to know: a member of the session's community, and
 * staff (an administrator, committee member or moderator) who may see the join code and the member directory. Only
 * what a page shows depends on this; every command is checked again by the command side.
 */
record SessionViewer(String personId, boolean member, boolean staff) {

    private static final Set<String> STAFF = Set.of(Role.ADMINISTRATOR.name(), Role.COMMITTEE_MEMBER.name(),
                                                    Role.MODERATOR.name());

    static SessionViewer of(MemberDirectory directory, YishiUser user) {
        if (user == null) {
            return new SessionViewer(null, false, false);
        }
        String personId = user.personId().value();
        List<String> roles = directory.members().stream().filter(member -> member.personId().equals(personId))
                                      .findFirst().map(MemberDirectory.Member::roles).orElse(null);
        return new SessionViewer(personId, roles != null, roles != null && roles.stream().anyMatch(STAFF::contains));
    }

    /** The people staff may pick from (to check someone in, or to call them out of order), by name. */
    static List<MemberDirectory.Member> pickable(MemberDirectory directory) {
        return directory.members().stream()
                        .sorted(Comparator.comparing(MemberDirectory.Member::displayName)).toList();
    }

    /** Those who may moderate a session: moderators and committee members. */
    static List<MemberDirectory.Member> moderators(MemberDirectory directory) {
        return directory.members().stream().filter(member -> member.roles().contains(Role.MODERATOR.name())
                                                             || member.roles().contains(Role.COMMITTEE_MEMBER.name()))
                        .toList();
    }
}
