package org.yishi.command.account;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.account.ClaimUsername;
import org.yishi.command.api.account.UsernameClaimed;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A username, unique across the platform because it is its own aggregate's id (the normalized name): a claim finds
 * an earlier one by loading it, and two first claims at once collide on the store's unique key.
 */
@Aggregate
class Username {

    @AggregateIdentifier
    private String username;

    Username() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ClaimUsername command) {
        if (command.actor() == null || !command.actor().equals(command.personId())) {
            throw new Unauthorized("只能为自己申请用户名", "You can claim a username only for yourself");
        }
        if (username != null) {
            throw new Rejection("该用户名已被使用", "This username is taken");
        }
        apply(new UsernameClaimed(command.username(), command.personId()));
    }

    @EventSourcingHandler
    void on(UsernameClaimed event) {
        username = event.username();
    }
}
