package org.yishi.query.proposallist;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.session.AgendaItemAdded;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.AgendaItemRemoved;
import org.yishi.command.api.session.SessionClosed;
import org.yishi.command.api.session.SessionId;
import org.yishi.command.api.proposal.Destination;
import org.yishi.command.api.proposal.ProposalAccepted;
import org.yishi.command.api.proposal.ProposalCoSigned;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.proposal.ProposalSubmitted;
import org.yishi.query.api.proposals.FindMyProposals;
import org.yishi.query.api.proposals.FindProposals;
import org.yishi.query.api.proposals.ProposalList;
import org.yishi.query.api.proposals.ProposalOrder;
import org.yishi.query.api.proposals.ProposalStatus;
import org.yishi.query.personnames.EmbeddedStore;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.tuple;

class ProposalListProjectionTest {

    static final CommunityId JINYUAN = new CommunityId("jinyuan");
    static final PersonId ZHANG = new PersonId("p-zhang");
    static final PersonId LI = new PersonId("p-li");

    @TempDir
    Path directory;
    EmbeddedStore store;
    ProposalListProjection projection;

    @BeforeEach
    void open() {
        store = new EmbeddedStore(directory);
        projection = new ProposalListProjection(store.database());
        projection.on(new MemberRegistered(JINYUAN, ZHANG, "张阿姨", null, new PersonId("admin")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void submit(String id, Category category, int minute, long position) {
        projection.on(new ProposalSubmitted(new ProposalId(id), JINYUAN, "标题" + id, "说明", category, null, ZHANG,
                                            Instant.parse("2026-05-01T08:00:00Z").plusSeconds(60L * minute)),
                      position);
    }

    private ProposalList find(ProposalStatus status, Category category, ProposalOrder order) {
        return projection.handle(new FindProposals(JINYUAN.value(), status, category, order));
    }

    @Test
    void proposalsAreListedNewestFirstWithTheProposersName() {
        submit("a", Category.NOISE, 0, 1);
        submit("b", Category.PARKING, 5, 2);

        ProposalList list = find(null, null, ProposalOrder.NEWEST);

        assertThat(list.proposals()).extracting(ProposalList.Entry::proposalId).containsExactly("b", "a");
        assertThat(list.proposals().get(0).proposerName()).isEqualTo("张阿姨");
        assertThat(list.position()).isEqualTo(2);
    }

    @Test
    void aProposalIsDeliberatedOnceTheSessionWhoseAgendaItWasOnHasClosedAndAReplayChangesNothing() {
        submit("a", Category.NOISE, 0, 1);
        submit("b", Category.NOISE, 5, 2);
        submit("c", Category.NOISE, 10, 3);
        Instant at = Instant.parse("2026-05-02T08:00:00Z");
        AgendaItemAdded added = new AgendaItemAdded(new SessionId("s1"), new AgendaItemId("i1"), new ProposalId("a"),
                                                    "标题a", 30, 120, ZHANG, at);
        projection.on(added, 4L);
        projection.on(new AgendaItemAdded(new SessionId("s1"), new AgendaItemId("i2"), new ProposalId("b"), "标题b", 30,
                                          120, ZHANG, at), 5L);
        projection.on(new AgendaItemRemoved(new SessionId("s1"), new AgendaItemId("i2"), ZHANG, at), 6L);
        projection.on(new AgendaItemAdded(new SessionId("s2"), new AgendaItemId("i3"), new ProposalId("c"), "标题c", 30,
                                          120, ZHANG, at), 7L);
        assertThat(find(null, null, ProposalOrder.NEWEST).proposals()).extracting(ProposalList.Entry::deliberated)
                                                                      .containsExactly(false, false, false);

        SessionClosed closed = new SessionClosed(new SessionId("s1"), ZHANG, at);
        projection.on(closed, 8L);
        projection.on(added, 4L);
        projection.on(closed, 8L);

        assertThat(find(null, null, ProposalOrder.NEWEST).proposals())
                .extracting(ProposalList.Entry::proposalId, ProposalList.Entry::deliberated)
                .as("b was taken off the agenda and c is on another session's")
                .containsExactly(tuple("c", false), tuple("b", false), tuple("a", true));
    }

    @Test
    void theMostCoSignedComeFirstWhenAsked() {
        submit("a", Category.NOISE, 0, 1);
        submit("b", Category.NOISE, 5, 2);
        projection.on(new ProposalCoSigned(new ProposalId("a"), LI, Instant.now()), 3L);

        assertThat(find(null, null, ProposalOrder.MOST_CO_SIGNED).proposals())
                .extracting(ProposalList.Entry::proposalId, ProposalList.Entry::coSigns)
                .containsExactly(tuple("a", 1), tuple("b", 0));
    }

    @Test
    void statusAndCategoryFilterTheList() {
        submit("a", Category.NOISE, 0, 1);
        submit("b", Category.PARKING, 5, 2);
        submit("c", Category.NOISE, 9, 3);
        projection.on(new ProposalAccepted(new ProposalId("c"), Destination.DELIBERATION_DAY, null, null, LI,
                                           Instant.now()), 4L);

        assertThat(find(ProposalStatus.SUBMITTED, Category.NOISE, ProposalOrder.NEWEST).proposals())
                .extracting(ProposalList.Entry::proposalId).containsExactly("a");
        assertThat(find(ProposalStatus.ACCEPTED, null, ProposalOrder.NEWEST).proposals())
                .extracting(ProposalList.Entry::proposalId).containsExactly("c");
    }

    @Test
    void aProposerSeesTheirOwnProposals() {
        submit("a", Category.NOISE, 0, 1);

        assertThat(projection.handle(new FindMyProposals(ZHANG.value())).proposals()).hasSize(1);
        assertThat(projection.handle(new FindMyProposals(LI.value())).proposals()).isEmpty();
    }

    @Test
    void aRedeliveredCoSignatureIsCountedOnce() {
        submit("a", Category.NOISE, 0, 1);
        ProposalCoSigned coSigned = new ProposalCoSigned(new ProposalId("a"), LI, Instant.now());
        projection.on(coSigned, 2L);
        projection.on(coSigned, 2L);

        assertThat(find(null, null, ProposalOrder.NEWEST).proposals().get(0).coSigns()).isEqualTo(1);
    }

    @Test
    void aResetEmptiesTheList() {
        submit("a", Category.NOISE, 0, 1);

        projection.reset();

        assertThat(find(null, null, ProposalOrder.NEWEST)).isEqualTo(new ProposalList(java.util.List.of(), -1));
    }

    @Test
    void aProposerWhoseRegistrationIsProjectedLaterIsStillNamed() {
        projection.on(new ProposalSubmitted(new ProposalId("a"), JINYUAN, "标题", "说明", Category.NOISE, null, LI,
                                            Instant.now()), 1L);
        projection.on(new MemberRegistered(JINYUAN, LI, "李师傅", null, new PersonId("admin")));

        assertThat(find(null, null, ProposalOrder.NEWEST).proposals().get(0).proposerName()).isEqualTo("李师傅");
    }
}
