package org.yishi.command.petition;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.yishi.command.access.CommunityAccess;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.petition.PetitionId;
import org.yishi.command.api.petition.PetitionSignatureWithdrawn;
import org.yishi.command.api.petition.PetitionSigned;
import org.yishi.command.api.petition.PetitionStarted;
import org.yishi.command.api.petition.SignPetition;
import org.yishi.command.api.petition.StartPetition;
import org.yishi.command.api.petition.WithdrawSignature;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A petition to convene a residents' meeting. It records who signs and who takes their name back; whether enough
 * residents, households or groups have signed depends on the community's rule set and registers, so the count is
 * a projection's job.
 */
@Aggregate
class Petition {

    private static final int MIN_PURPOSE = 10;
    private static final int MAX_PURPOSE = 500;

    @AggregateIdentifier
    private PetitionId petitionId;
    private CommunityId communityId;
    private final Set<PersonId> signers = new HashSet<>();

    Petition() {
    }

    @CommandHandler
    Petition(StartPetition command, CommunityAccess access) {
        access.require(command.communityId(), command.actor(), Role.RESIDENT);
        String purpose = command.purpose() == null ? "" : command.purpose().strip();
        int length = purpose.codePointCount(0, purpose.length());
        if (length < MIN_PURPOSE || length > MAX_PURPOSE) {
            throw new Rejection("请说明召开居民会议的事由，" + MIN_PURPOSE + "至" + MAX_PURPOSE + "个字",
                                "Say what the meeting is for, in " + MIN_PURPOSE + " to " + MAX_PURPOSE
                                + " characters");
        }
        apply(new PetitionStarted(command.petitionId(), command.communityId(), purpose, command.actor(), command.at()));
        // whoever starts a petition is its first signer, one step fewer for them
        apply(new PetitionSigned(command.petitionId(), command.actor(), command.at()));
    }

    @CommandHandler
    void handle(SignPetition command, CommunityAccess access) {
        access.require(communityId, command.actor(), Role.RESIDENT);
        if (signers.contains(command.actor())) {
            throw new Rejection("您已在该联名上签名，每人只能签一次",
                                "You have already signed this petition; each person signs once");
        }
        apply(new PetitionSigned(petitionId, command.actor(), command.at()));
    }

    @CommandHandler
    void handle(WithdrawSignature command, CommunityAccess access) {
        access.require(communityId, command.actor(), Role.RESIDENT);
        if (!signers.contains(command.actor())) {
            throw new Rejection("您没有在该联名上签名，无需撤回", "You have not signed this petition");
        }
        apply(new PetitionSignatureWithdrawn(petitionId, command.actor(), command.at()));
    }

    @EventSourcingHandler
    void on(PetitionStarted event) {
        petitionId = event.petitionId();
        communityId = event.communityId();
    }

    @EventSourcingHandler
    void on(PetitionSigned event) {
        signers.add(event.signer());
    }

    @EventSourcingHandler
    void on(PetitionSignatureWithdrawn event) {
        signers.remove(event.signer());
    }
}
