package org.yishi.query.conventionpage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.convention.ClauseAdded;
import org.yishi.command.api.convention.ClauseId;
import org.yishi.command.api.convention.ConventionAdopted;
import org.yishi.command.api.convention.ConventionApproved;
import org.yishi.command.api.convention.ConventionDrafted;
import org.yishi.command.api.convention.ConventionFiled;
import org.yishi.command.api.convention.ConventionId;
import org.yishi.command.api.convention.ConventionPublished;
import org.yishi.command.api.convention.ConventionPutToVote;
import org.yishi.command.api.convention.ConventionStatus;
import org.yishi.command.api.convention.ConventionSubmittedForReview;
import org.yishi.command.api.convention.ObjectionAnswered;
import org.yishi.command.api.convention.ObjectionId;
import org.yishi.command.api.convention.ObjectionLodged;
import org.yishi.command.api.convention.PatrolCheckId;
import org.yishi.command.api.convention.PatrolCheckRecorded;
import org.yishi.command.api.convention.PublicNoticeEnded;
import org.yishi.command.api.convention.PublicNoticeStarted;
import org.yishi.command.api.convention.PublishedClause;
import org.yishi.command.api.convention.VotePurpose;
import org.yishi.command.api.decision.Visibility;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.query.api.conventions.ConventionList;
import org.yishi.query.api.conventions.ConventionPage;
import org.yishi.query.api.conventions.FindConvention;
import org.yishi.query.api.conventions.FindConventions;
import org.yishi.query.api.decisions.ReviewVerdict;
import org.yishi.query.personnames.EmbeddedStore;
import org.yishi.query.sessiontesting.Projected;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ConventionPageProjectionTest {

    static final ConventionId SQUARE = new ConventionId("convention-square");
    static final ConventionId STALLS = new ConventionId("convention-stalls");
    static final CommunityId JINYUAN = new CommunityId("c-jinyuan");
    static final PersonId WANG = new PersonId("p-wang");
    static final PersonId ZHANG = new PersonId("p-zhang");
    static final ClauseId NOISE = new ClauseId("clause-noise");
    static final MotionId VOTE = SQUARE.motion(1);
    static final Instant T = Instant.parse("2026-05-10T02:00:00Z");

    @TempDir
    Path directory;
    EmbeddedStore store;
    ConventionPageProjection projection;
    Projected handed;
    long position;

    @BeforeEach
    void open() {
        store = new EmbeddedStore(directory);
        projection = new ConventionPageProjection(store.database());
        handed = new Projected(projection);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theSquareConventionGoesFromNoticeThroughVoteAndReviewToAFiledFirstVersionWithPatrols() {
        hand(new ConventionDrafted(SQUARE, JINYUAN, "广场公约", "序言", Set.of(), null, WANG, at(1)));
        hand(new ConventionDrafted(STALLS, JINYUAN, "摊位公约", "序言", Set.of(), null, WANG, at(2)));
        hand(new ClauseAdded(SQUARE, NOISE, 0, null, "晚上九点后停止播放音乐", "噪音", null, WANG, at(3)));
        hand(new PublicNoticeStarted(SQUARE, 1, at(3).plusSeconds(7 * 86400), WANG, at(4)));
        hand(new ObjectionLodged(SQUARE, new ObjectionId("o-1"), NOISE, "太早了", ZHANG, at(5)));
        hand(new PublicNoticeEnded(SQUARE, 1, at(6)));
        hand(new ObjectionAnswered(SQUARE, new ObjectionId("o-1"), "孩子要睡觉", WANG, at(7)));
        hand(new ConventionPutToVote(SQUARE, VOTE, VotePurpose.ADOPTION, 1, null, null, at(9), null, WANG, at(8)));
        hand(new ConventionAdopted(SQUARE, VOTE, VotePurpose.ADOPTION, 1, at(9)));
        hand(new ConventionSubmittedForReview(SQUARE, 1, VotePurpose.ADOPTION, 1, "请审核", WANG, at(10)));
        hand(new ConventionApproved(SQUARE, 1, "同意", new PersonId("p-secretary"), at(11)));
        hand(new ConventionPublished(SQUARE, JINYUAN, 1, LocalDate.parse("2026-06-01"), Visibility.PUBLIC, "广场公约",
                                     "序言", List.of(new PublishedClause(NOISE, 1, null, "晚上九点后停止播放音乐")),
                                     WANG, at(12)));
        hand(new ConventionFiled(SQUARE, 1, LocalDate.parse("2026-06-02"), "街道办事处", "备-2026-07", WANG, at(13)));
        hand(new PatrolCheckRecorded(SQUARE, new PatrolCheckId("patrol-1"), NOISE, LocalDate.parse("2026-06-03"),
                                     "九点后仍有音乐", "提醒领队", ZHANG, at(14)));

        ConventionPage page = projection.handle(new FindConvention(SQUARE.value())).orElseThrow();

        assertThat(page.status()).isEqualTo(ConventionStatus.PUBLISHED);
        assertThat(page.inForce()).isEqualTo(1);
        assertThat(page.draftVersion()).isZero();
        assertThat(page.notice().ended()).isTrue();
        assertThat(page.objections().get(0).answer()).isEqualTo("孩子要睡觉");
        assertThat(page.votes().get(0).outcome()).isEqualTo(ResultOutcome.PASSED);
        assertThat(page.reviews().get(0).verdict()).isEqualTo(ReviewVerdict.APPROVED);
        assertThat(page.versions().get(0).filing().reference()).isEqualTo("备-2026-07");
        assertThat(page.patrols().get(0).clauseNumber()).isEqualTo(1);
        assertThat(page.position()).isEqualTo(position);

        ConventionList everything = projection.handle(new FindConventions(JINYUAN.value(), false, false));
        ConventionList published = projection.handle(new FindConventions(JINYUAN.value(), true, true));
        assertThat(everything.conventions()).extracting(ConventionList.Entry::conventionId)
                                            .containsExactly("convention-square", "convention-stalls");
        assertThat(published.conventions()).extracting(ConventionList.Entry::conventionId)
                                           .containsExactly("convention-square");
    }

    @Test
    void anEventRedeliveredAfterALaterOneIsSkipped() {
        hand(new ConventionDrafted(SQUARE, JINYUAN, "广场公约", "序言", Set.of(), null, WANG, at(1)));
        ClauseAdded clause = new ClauseAdded(SQUARE, NOISE, 0, null, "晚上九点后停止播放音乐", "噪音", null, WANG, at(2));
        hand(clause);

        handed.event(clause, position, at(2));

        assertThat(projection.handle(new FindConvention(SQUARE.value())).orElseThrow().clauses()).hasSize(1);
    }

    private void hand(Object event) {
        handed.event(event, ++position, T);
    }

    private static Instant at(int minute) {
        return T.plusSeconds(60L * minute);
    }
}
