package org.yishi.command.proposal;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.yishi.command.access.CommunityAccess;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.proposal.AcceptProposal;
import org.yishi.command.api.proposal.CoSignProposal;
import org.yishi.command.api.proposal.CoSignersCarriedOver;
import org.yishi.command.api.proposal.DeclineProposal;
import org.yishi.command.api.proposal.Destination;
import org.yishi.command.api.proposal.EditProposal;
import org.yishi.command.api.proposal.MergeProposal;
import org.yishi.command.api.proposal.ProposalAccepted;
import org.yishi.command.api.proposal.ProposalCoSigned;
import org.yishi.command.api.proposal.ProposalDeclined;
import org.yishi.command.api.proposal.ProposalEdited;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.proposal.ProposalMerged;
import org.yishi.command.api.proposal.ProposalRaisedFromNeed;
import org.yishi.command.api.proposal.ProposalSubmitted;
import org.yishi.command.api.proposal.ProposalWithdrawn;
import org.yishi.command.api.proposal.SubmitProposal;
import org.yishi.command.api.proposal.WithdrawProposal;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A proposal (议题): raised by a resident, co-signed by neighbours, screened by the committee. */
@Aggregate
class Proposal {

    private static final int MAX_NOTE = 500;
    private static final int MAX_WITHDRAWAL_REASON = 500;
    private static final int MIN_DECLINE_REASON = 5;
    private static final int MAX_DECLINE_REASON = 500;

    @AggregateIdentifier
    private ProposalId proposalId;
    private CommunityId communityId;
    private PersonId proposer;
    private String title;
    private ProposalStatus status;
    private Destination destination;
    private final Set<PersonId> coSigners = new LinkedHashSet<>();
    private final Set<ProposalId> absorbedMerges = new HashSet<>();

    Proposal() {
    }

    @CommandHandler
    Proposal(SubmitProposal command, CommunityAccess access) {
        access.require(command.communityId(), command.actor(), Role.RESIDENT);
        ProposalText text = ProposalText.of(command.title(), command.description(), command.category(),
                                            command.location());
        apply(new ProposalSubmitted(command.proposalId(), command.communityId(), text.title(), text.description(),
                                    text.category(), text.location(), command.actor(), command.at()));
    }

    /**
     * Sent by {@link NeedEscalation} under the id the escalation chose, so a replay finds the proposal here and records
     * nothing. Not checked against roles again: staff were checked when they escalated, and the wording then.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RaiseProposalFromNeed command) {
        if (proposalId != null) {
            return;
        }
        apply(new ProposalSubmitted(command.proposalId(), command.communityId(), command.title(),
                                    command.description(), command.category(), null, command.escalatedBy(),
                                    command.at()));
        apply(new ProposalRaisedFromNeed(command.proposalId(), command.needId()));
    }

    @CommandHandler
    void handle(EditProposal command, CommunityAccess access) {
        access.require(communityId, command.actor(), Role.RESIDENT);
        requireProposer(command.actor(), "只有提议人可以修改议题", "Only the proposer can edit the proposal");
        status.requireOpen("修改", "edited");
        ProposalText text = ProposalText.of(command.title(), command.description(), command.category(),
                                            command.location());
        apply(new ProposalEdited(proposalId, text.title(), text.description(), text.category(), text.location(),
                                 command.actor(), command.at()));
    }

    @CommandHandler
    void handle(WithdrawProposal command, CommunityAccess access) {
        access.require(communityId, command.actor(), Role.RESIDENT);
        requireProposer(command.actor(), "只有提议人可以撤回议题", "Only the proposer can withdraw the proposal");
        status.requireOpen("撤回", "withdrawn");
        String reason = Text.optional(command.reason(), MAX_WITHDRAWAL_REASON,
                                      "撤回理由不能超过" + MAX_WITHDRAWAL_REASON + "个字",
                                      "A reason for withdrawing has at most " + MAX_WITHDRAWAL_REASON + " characters");
        apply(new ProposalWithdrawn(proposalId, reason, command.actor(), command.at()));
    }

    @CommandHandler
    void handle(CoSignProposal command, CommunityAccess access) {
        access.require(communityId, command.actor(), Role.RESIDENT);
        status.requireOpen("联名", "co-signed");
        new CoSigningRules(proposer, coSigners).check(command.actor());
        apply(new ProposalCoSigned(proposalId, command.actor(), command.at()));
    }

    @CommandHandler
    void handle(AcceptProposal command, CommunityAccess access) {
        access.require(communityId, command.actor(), Role.COMMITTEE_MEMBER);
        status.requireOpen("筛选", "screened");
        if (command.destination() == null) {
            throw new Rejection("请选择受理后的去向：党群议事日或提交表决",
                                "Choose where the proposal goes: a deliberation day or a vote");
        }
        if (command.plannedDate() != null && command.destination() != Destination.DELIBERATION_DAY) {
            throw new Rejection("只有列入党群议事日的议题才有计划日期",
                                "Only a proposal going to a deliberation day has a planned date");
        }
        String note = Text.optional(command.note(), MAX_NOTE, "受理说明不能超过" + MAX_NOTE + "个字",
                                    "A note has at most " + MAX_NOTE + " characters");
        apply(new ProposalAccepted(proposalId, command.destination(), command.plannedDate(), note, command.actor(),
                                   command.at()));
    }

    @CommandHandler
    void handle(DeclineProposal command, CommunityAccess access) {
        access.require(communityId, command.actor(), Role.COMMITTEE_MEMBER);
        status.requireOpen("筛选", "screened");
        String reason = Text.required(
                command.reason(), MIN_DECLINE_REASON, MAX_DECLINE_REASON,
                "不予采纳须写明理由，" + MIN_DECLINE_REASON + "至" + MAX_DECLINE_REASON + "个字",
                "Declining needs a reason of " + MIN_DECLINE_REASON + " to " + MAX_DECLINE_REASON + " characters");
        apply(new ProposalDeclined(proposalId, reason, command.actor(), command.at()));
    }

    @CommandHandler
    void handle(MergeProposal command, CommunityAccess access, MergeTargets targets) {
        access.require(communityId, command.actor(), Role.COMMITTEE_MEMBER);
        status.requireOpen("筛选", "screened");
        MergeRules.check(proposalId, communityId, command.intoProposalId(), targets);
        List<PersonId> supporters = Stream.concat(Stream.of(proposer), coSigners.stream()).toList();
        apply(new ProposalMerged(proposalId, command.intoProposalId(), supporters, command.actor(), command.at()));
    }

    /**
     * Not checked against the committee member's roles again: the merge was authorized when it was recorded, and this
     * may run much later (a lagging or replaying processor). Whatever the target's status by now, it records the
     * supporters, because the decision to merge was taken while it was open.
     */
    @CommandHandler
    void handle(AbsorbCoSigners command) {
        if (absorbedMerges.contains(command.fromProposalId())) {
            return;
        }
        List<PersonId> newcomers = new CoSigningRules(proposer, coSigners).newcomers(command.supporters());
        apply(new CoSignersCarriedOver(proposalId, command.fromProposalId(), newcomers, command.mergedBy(),
                                       command.at()));
    }

    AgendaProposal asAgendaProposal() {
        return new AgendaProposal(communityId, title, destination);
    }

    MergeTarget asMergeTarget() {
        return new MergeTarget(communityId, status);
    }

    private void requireProposer(PersonId actor, String chinese, String english) {
        if (!actor.equals(proposer)) {
            throw new Unauthorized(chinese, english);
        }
    }

    @EventSourcingHandler
    void on(ProposalSubmitted event) {
        proposalId = event.proposalId();
        communityId = event.communityId();
        proposer = event.proposer();
        title = event.title();
        status = ProposalStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(ProposalEdited event) {
        title = event.title();
    }

    @EventSourcingHandler
    void on(ProposalCoSigned event) {
        coSigners.add(event.signer());
    }

    @EventSourcingHandler
    void on(CoSignersCarriedOver event) {
        absorbedMerges.add(event.fromProposalId());
        coSigners.addAll(event.signers());
    }

    @EventSourcingHandler
    void on(ProposalAccepted event) {
        status = ProposalStatus.ACCEPTED;
        destination = event.destination();
    }

    @EventSourcingHandler
    void on(ProposalDeclined event) {
        status = ProposalStatus.DECLINED;
    }

    @EventSourcingHandler
    void on(ProposalMerged event) {
        status = ProposalStatus.MERGED;
    }

    @EventSourcingHandler
    void on(ProposalWithdrawn event) {
        status = ProposalStatus.WITHDRAWN;
    }
}
