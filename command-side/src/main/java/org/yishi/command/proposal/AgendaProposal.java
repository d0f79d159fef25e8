package org.yishi.command.proposal;

import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.proposal.Destination;

/** A proposal as an agenda sees it: its community, its current title, and where it was accepted to (null if not). */
public record AgendaProposal(CommunityId communityId, String title, Destination acceptedTo) {

    public boolean onDeliberationDay() {
        return acceptedTo == Destination.DELIBERATION_DAY;
    }
}
