package org.yishi.command.community;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.CommunityRegistered;
import org.yishi.command.api.community.RegisterCommunity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A community (社区): the unit that owns its residents, its rules and its agreements. */
@Aggregate
class Community {

    private static final int MAX_NAME_LENGTH = 60;

    @AggregateIdentifier
    private CommunityId communityId;

    Community() {
    }

    @CommandHandler
    Community(RegisterCommunity command) {
        require(command.registeredBy(), "登记人不能为空", "The person registering the community is required");
        require(command.name(), "社区名称不能为空", "A community name is required");
        require(command.street(), "所属街道不能为空", "The street office (街道) is required");
        require(command.district(), "所属区不能为空", "The district is required");
        if (command.name().strip().length() > MAX_NAME_LENGTH) {
            throw new Rejection("社区名称不能超过" + MAX_NAME_LENGTH + "个字",
                                "A community name has at most " + MAX_NAME_LENGTH + " characters");
        }
        apply(new CommunityRegistered(command.communityId(), command.name().strip(), command.street().strip(),
                                      command.district().strip(), command.registeredBy()));
    }

    private static void require(String value, String chinese, String english) {
        if (value == null || value.isBlank()) {
            throw new Rejection(chinese, english);
        }
    }

    @EventSourcingHandler
    void on(CommunityRegistered event) {
        communityId = event.communityId();
    }
}
