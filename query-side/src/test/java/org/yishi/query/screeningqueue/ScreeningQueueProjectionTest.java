package org.yishi.query.screeningqueue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.ProposalDeclined;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.proposal.ProposalSubmitted;
import org.yishi.command.api.proposal.ProposalWithdrawn;
import org.yishi.query.api.proposals.FindScreeningQueue;
import org.yishi.query.api.proposals.ScreeningQueue;
import org.yishi.query.personnames.EmbeddedStore;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ScreeningQueueProjectionTest {

    static final CommunityId JINYUAN = new CommunityId("jinyuan");
    static final PersonId ZHANG = new PersonId("p-zhang");

    @TempDir
    Path directory;
    EmbeddedStore store;
    ScreeningQueueProjection projection;

    @BeforeEach
    void open() {
        store = new EmbeddedStore(directory);
        projection = new ScreeningQueueProjection(store.database());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void submit(String id, CommunityId community, int minute, long position) {
        projection.on(new ProposalSubmitted(new ProposalId(id), community, "标题", "说明", Category.NOISE, "广场", ZHANG,
                                            Instant.parse("2026-05-01T08:00:00Z").plusSeconds(60L * minute)),
                      position);
    }

    @Test
    void proposalsWaitOldestFirstAndLeaveOnceScreenedOrWithdrawn() {
        submit("late", JINYUAN, 9, 1);
        submit("early", JINYUAN, 0, 2);
        submit("declined", JINYUAN, 3, 3);
        submit("withdrawn", JINYUAN, 4, 4);
        submit("elsewhere", new CommunityId("qinghe"), 1, 5);
        projection.on(new ProposalDeclined(new ProposalId("declined"), "不属于社区事务", ZHANG, Instant.now()), 6L);
        projection.on(new ProposalWithdrawn(new ProposalId("withdrawn"), null, ZHANG, Instant.now()), 7L);

        ScreeningQueue queue = projection.handle(new FindScreeningQueue(JINYUAN.value()));

        assertThat(queue.proposals()).extracting(ScreeningQueue.Entry::proposalId).containsExactly("early", "late");
        assertThat(queue.proposals().get(0).location()).isEqualTo("广场");
        assertThat(queue.position()).isEqualTo(7);
    }
}
