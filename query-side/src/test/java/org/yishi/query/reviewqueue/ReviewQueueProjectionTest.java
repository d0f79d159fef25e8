package org.yishi.query.reviewqueue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.decision.DecisionApproved;
import org.yishi.command.api.decision.DecisionId;
import org.yishi.command.api.decision.DecisionPublished;
import org.yishi.command.api.decision.DecisionRecorded;
import org.yishi.command.api.decision.DecisionReturned;
import org.yishi.command.api.decision.DecisionRevised;
import org.yishi.command.api.decision.DecisionSource;
import org.yishi.command.api.decision.DecisionStatus;
import org.yishi.command.api.decision.DecisionSubmittedForReview;
import org.yishi.command.api.decision.Visibility;
import org.yishi.query.api.decisions.CommitteeQueue;
import org.yishi.query.api.decisions.FindCommitteeQueue;
import org.yishi.query.api.decisions.FindReviewQueue;
import org.yishi.query.api.decisions.ReviewQueue;
import org.yishi.query.personnames.EmbeddedStore;
import org.yishi.query.sessiontesting.Projected;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ReviewQueueProjectionTest {

    static final CommunityId JINYUAN = new CommunityId("jinyuan");
    static final PersonId WANG = new PersonId("p-wang");
    static final PersonId SUN = new PersonId("p-sun");
    static final DecisionId SQUARE = new DecisionId("d-square");
    static final DecisionId STALLS = new DecisionId("d-stalls");
    static final DecisionId PETS = new DecisionId("d-pets");
    static final Instant T = Instant.parse("2026-05-10T02:00:00Z");

    @TempDir
    Path directory;
    EmbeddedStore store;
    ReviewQueueProjection projection;
    Projected handlers;
    final List<Object> handed = new ArrayList<>();

    @BeforeEach
    void open() {
        store = new EmbeddedStore(directory);
        projection = new ReviewQueueProjection(store.database());
        handlers = new Projected(projection);
        given(new MemberRegistered(JINYUAN, WANG, "王委员", null, WANG));
        given(new MemberRegistered(JINYUAN, SUN, "老孙", null, WANG));
        for (DecisionId decision : List.of(SQUARE, STALLS, PETS)) {
            given(new DecisionRecorded(decision, JINYUAN, DecisionSource.RECOMMENDATION, "决议" + decision.value(),
                                       "正文", null, null, null, null, WANG, T));
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void given(Object event) {
        handed.add(event);
        handlers.event(event, handed.size(), T);
    }

    private ReviewQueue reviewQueue() {
        return projection.handle(new FindReviewQueue(JINYUAN.value()));
    }

    private CommitteeQueue committeeQueue() {
        return projection.handle(new FindCommitteeQueue(JINYUAN.value()));
    }

    @Test
    void theReviewQueueHoldsDecisionsUnderReviewLongestWaitingFirstWithTheirRound() {
        given(new DecisionSubmittedForReview(STALLS, 1, "摊位管理", "划定摊位", "请审核", WANG, T.plusSeconds(10)));
        given(new DecisionSubmittedForReview(SQUARE, 1, "广场舞时间", "九点停", null, WANG, T.plusSeconds(20)));

        assertThat(reviewQueue().decisions())
                .extracting(ReviewQueue.Entry::decisionId, ReviewQueue.Entry::round, ReviewQueue.Entry::text,
                            entry -> entry.submittedBy().name())
                .containsExactly(tuple(STALLS.value(), 1, "划定摊位", "王委员"),
                                 tuple(SQUARE.value(), 1, "九点停", "王委员"));
        assertThat(reviewQueue().decisions().get(0).note()).isEqualTo("请审核");
    }

    @Test
    void aReturnedDecisionGoesToTheCommitteeWithTheCommentsAndComesBackInTheNextRound() {
        given(new DecisionSubmittedForReview(SQUARE, 1, "广场舞时间", "九点停", null, WANG, T.plusSeconds(10)));
        given(new DecisionReturned(SQUARE, 1, "周末是否例外？", SUN, T.plusSeconds(20)));

        assertThat(reviewQueue().decisions()).isEmpty();
        CommitteeQueue.Entry returned = committeeQueue().decisions().get(0);
        assertThat(returned.decisionId()).isEqualTo(SQUARE.value());
        assertThat(returned.status()).isEqualTo(DecisionStatus.RETURNED);
        assertThat(returned.comments()).isEqualTo("周末是否例外？");
        assertThat(returned.returnedBy().name()).isEqualTo("老孙");

        given(new DecisionRevised(SQUARE, 1, "广场舞时间", "每天九点停", "写明周末", WANG, T.plusSeconds(30)));
        assertThat(committeeQueue().decisions().get(0).status()).isEqualTo(DecisionStatus.RETURNED);
        given(new DecisionSubmittedForReview(SQUARE, 2, "广场舞时间", "每天九点停", null, WANG, T.plusSeconds(40)));

        assertThat(reviewQueue().decisions()).singleElement().satisfies(entry -> {
            assertThat(entry.round()).isEqualTo(2);
            assertThat(entry.text()).isEqualTo("每天九点停");
            assertThat(entry.previousComments()).isEqualTo("周末是否例外？");
        });
    }

    @Test
    void theCommitteeSeesReturnedDecisionsFirstThenDraftsThenApprovedOnesAndPublishedOnesLeave() {
        given(new DecisionSubmittedForReview(STALLS, 1, "摊位", "划定摊位", null, WANG, T.plusSeconds(10)));
        given(new DecisionApproved(STALLS, 1, null, SUN, T.plusSeconds(20)));
        given(new DecisionSubmittedForReview(PETS, 1, "养犬", "拴绳", null, WANG, T.plusSeconds(30)));
        given(new DecisionReturned(PETS, 1, "补充处罚", SUN, T.plusSeconds(40)));

        assertThat(committeeQueue().decisions()).extracting(CommitteeQueue.Entry::decisionId,
                                                            CommitteeQueue.Entry::status)
                                                .containsExactly(tuple(PETS.value(), DecisionStatus.RETURNED),
                                                                 tuple(SQUARE.value(), DecisionStatus.DRAFT),
                                                                 tuple(STALLS.value(), DecisionStatus.APPROVED));

        given(new DecisionPublished(STALLS, Visibility.PUBLIC, WANG, T.plusSeconds(50)));

        assertThat(committeeQueue().decisions()).extracting(CommitteeQueue.Entry::decisionId)
                                                .doesNotContain(STALLS.value());
        assertThat(committeeQueue().position()).isEqualTo(handed.size());
    }

    @Test
    void replayingEveryEventChangesNeitherQueueAndAResetEmptiesThem() {
        given(new DecisionSubmittedForReview(SQUARE, 1, "广场舞时间", "九点停", null, WANG, T.plusSeconds(10)));
        given(new DecisionReturned(SQUARE, 1, "周末是否例外？", SUN, T.plusSeconds(20)));
        given(new DecisionSubmittedForReview(SQUARE, 2, "广场舞时间", "每天九点停", null, WANG, T.plusSeconds(40)));
        ReviewQueue review = reviewQueue();
        CommitteeQueue committee = committeeQueue();

        for (int i = 0; i < handed.size(); i++) {
            handlers.event(handed.get(i), i + 1, T);
        }

        assertThat(reviewQueue()).isEqualTo(review);
        assertThat(committeeQueue()).isEqualTo(committee);

        projection.reset();

        assertThat(reviewQueue().decisions()).isEmpty();
        assertThat(committeeQueue().decisions()).isEmpty();
    }
}
