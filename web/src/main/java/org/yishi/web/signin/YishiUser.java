package org.yishi.web.signin;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.yishi.command.api.community.PersonId;

/**
 * The signed-in person. Roles are not kept here: they belong to each community and are checked by the command side
 * on every command.
 */
public class YishiUser extends User {

    private final PersonId personId;
    private final String displayName;

    YishiUser(Credentials.Credential credential) {
        super(credential.username(), credential.passwordHash(), AuthorityUtils.createAuthorityList("ROLE_MEMBER"));
        this.personId = credential.personId();
        this.displayName = credential.displayName();
    }

    public PersonId personId() {
        return personId;
    }

    public String displayName() {
        return displayName;
    }
}
