package org.yishi.query.archive;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.decision.DecisionApproved;
import org.yishi.command.api.decision.DecisionId;
import org.yishi.command.api.decision.DecisionPublished;
import org.yishi.command.api.decision.DecisionRecorded;
import org.yishi.command.api.decision.DecisionRevised;
import org.yishi.command.api.decision.DecisionSource;
import org.yishi.command.api.decision.DecisionSubmittedForReview;
import org.yishi.command.api.decision.Visibility;
import org.yishi.query.api.archive.Archive;
import org.yishi.query.api.archive.FindArchive;
import org.yishi.query.personnames.EmbeddedStore;
import org.yishi.query.sessiontesting.Projected;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveProjectionTest {

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
    ArchiveProjection projection;
    Projected handlers;
    final List<Object> handed = new ArrayList<>();

    @BeforeEach
    void open() {
        store = new EmbeddedStore(directory);
        projection = new ArchiveProjection(store.database());
        handlers = new Projected(projection);
        for (DecisionId decision : List.of(SQUARE, STALLS, PETS)) {
            given(new DecisionRecorded(decision, JINYUAN, DecisionSource.MOTION, "决议" + decision.value(), "草稿",
                                       null, null, null, null, WANG, T));
        }
        given(new DecisionRevised(SQUARE, 0, "广场舞时间约定", "九点停", null, WANG, T));
        given(new DecisionSubmittedForReview(SQUARE, 1, "广场舞时间约定", "每天九点停", null, WANG, T));
        given(new DecisionApproved(SQUARE, 1, null, SUN, T));
        given(new DecisionPublished(SQUARE, Visibility.PUBLIC, WANG, T.plusSeconds(100)));
        given(new DecisionPublished(STALLS, Visibility.COMMUNITY, WANG, T.plusSeconds(200)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void given(Object event) {
        handed.add(event);
        handlers.event(event, handed.size(), T);
    }

    @Test
    void theArchiveHoldsPublishedDecisionsNewestFirstWithTheWordingApproved() {
        Archive archive = projection.handle(new FindArchive(JINYUAN.value(), false));

        assertThat(archive.decisions()).extracting(Archive.Entry::decisionId)
                                       .containsExactly(STALLS.value(), SQUARE.value());
        assertThat(archive.decisions().get(1).text()).isEqualTo("每天九点停");
        assertThat(archive.decisions().get(1).visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(archive.position()).isEqualTo(handed.size());
    }

    @Test
    void aReaderFromOutsideTheCommunitySeesOnlyDecisionsPublishedToEveryone() {
        assertThat(projection.handle(new FindArchive(JINYUAN.value(), true)).decisions())
                .extracting(Archive.Entry::decisionId).containsExactly(SQUARE.value());
    }

    @Test
    void replayingEveryEventChangesNothingAndAResetEmptiesTheArchive() {
        Archive before = projection.handle(new FindArchive(JINYUAN.value(), false));

        for (int i = 0; i < handed.size(); i++) {
            handlers.event(handed.get(i), i + 1, T);
        }

        assertThat(projection.handle(new FindArchive(JINYUAN.value(), false))).isEqualTo(before);

        projection.reset();

        assertThat(projection.handle(new FindArchive(JINYUAN.value(), false)).decisions()).isEmpty();
    }
}
