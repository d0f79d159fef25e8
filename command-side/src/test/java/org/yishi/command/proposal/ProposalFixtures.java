package org.yishi.command.proposal;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.proposal.ProposalSubmitted;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The people, proposals and moments the proposal tests share. */
final class ProposalFixtures {

    static final CommunityId JINYUAN = new CommunityId("jinyuan");
    static final CommunityId HUAYUAN = new CommunityId("huayuan");

    static final PersonId ZHANG = new PersonId("zhang");   // resident of 锦苑, the proposer
    static final PersonId LI = new PersonId("li");         // resident of 锦苑
    static final PersonId WANG = new PersonId("wang");     // resident of 锦苑
    static final PersonId ZHOU = new PersonId("zhou");     // committee member of 锦苑, not a resident there
    static final PersonId ZHAO = new PersonId("zhao");     // resident of 华苑
    static final PersonId QIAN = new PersonId("qian");     // committee member of 华苑

    static final ProposalId SQUARE_NOISE = new ProposalId("square-noise");
    static final ProposalId EVENING_MUSIC = new ProposalId("evening-music");
    static final ProposalId HUAYUAN_PARKING = new ProposalId("huayuan-parking");
    static final ProposalId SETTLED = new ProposalId("settled");

    static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
    static final Instant LATER = Instant.parse("2026-03-05T07:30:00Z");

    static final String TITLE = "广场舞噪音扰民";
    static final String DESCRIPTION = "每晚八点到十点广场舞音响声音太大，影响老人和孩子休息。";
    static final String LOCATION = "锦苑广场";

    private ProposalFixtures() {
    }

    static KnownMembers members() {
        return new KnownMembers().with(JINYUAN, ZHANG, Role.RESIDENT)
                                 .with(JINYUAN, LI, Role.RESIDENT, Role.HOUSEHOLD_REPRESENTATIVE)
                                 .with(JINYUAN, WANG, Role.RESIDENT)
                                 .with(JINYUAN, ZHOU, Role.COMMITTEE_MEMBER)
                                 .with(HUAYUAN, ZHAO, Role.RESIDENT)
                                 .with(HUAYUAN, QIAN, Role.COMMITTEE_MEMBER);
    }

    /** Other proposals a merge may point at: one open in 锦苑, one open in 华苑, one already accepted in 锦苑. */
    static MergeTargets otherProposals() {
        Map<ProposalId, MergeTarget> known = Map.of(
                EVENING_MUSIC, new MergeTarget(JINYUAN, ProposalStatus.SUBMITTED),
                HUAYUAN_PARKING, new MergeTarget(HUAYUAN, ProposalStatus.SUBMITTED),
                SETTLED, new MergeTarget(JINYUAN, ProposalStatus.ACCEPTED));
        return proposalId -> Optional.ofNullable(known.get(proposalId));
    }

    static AggregateTestFixture<Proposal> fixture() {
        AggregateTestFixture<Proposal> fixture = new AggregateTestFixture<>(Proposal.class);
        fixture.registerInjectableResource(members());
        fixture.registerInjectableResource(otherProposals());
        return fixture;
    }

    static ProposalSubmitted submitted() {
        return new ProposalSubmitted(SQUARE_NOISE, JINYUAN, TITLE, DESCRIPTION, Category.NOISE, LOCATION, ZHANG, AT);
    }
}
