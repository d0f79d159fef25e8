package org.yishi.command.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

/**
 * A person claims a username for themselves. The name is normalized here, so that the command is routed to the
 * username's aggregate whatever case or width it was typed in.
 */
public record ClaimUsername(@TargetAggregateIdentifier String username, PersonId personId, PersonId actor) {

    public ClaimUsername {
        username = Usernames.normalize(username);
    }
}
