package org.yishi.command.access;

import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;

/**
 * Answers, inside the command side, whether the person asking holds a role in a community. Command handlers take it
 * as a parameter and call it before deciding anything, so no command depends on a controller having checked.
 */
public interface CommunityAccess {

    /**
     * Returns quietly if {@code actor} is a member of {@code community} holding at least one of {@code anyOf} (a
     * resident role counts only once the resident is verified); otherwise throws an
     * {@link org.yishi.command.api.Unauthorized} with a message in Chinese and English.
     */
    void require(CommunityId community, PersonId actor, Role... anyOf);
}
