package org.yishi.query.search;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.convention.ClauseId;
import org.yishi.command.api.convention.ConventionId;
import org.yishi.command.api.convention.ConventionPublished;
import org.yishi.command.api.convention.ConventionRepealed;
import org.yishi.command.api.convention.PublishedClause;
import org.yishi.command.api.decision.DecisionId;
import org.yishi.command.api.decision.DecisionPublished;
import org.yishi.command.api.decision.DecisionRecorded;
import org.yishi.command.api.decision.DecisionSource;
import org.yishi.command.api.decision.DecisionSubmittedForReview;
import org.yishi.command.api.decision.Visibility;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.Destination;
import org.yishi.command.api.proposal.ProposalAccepted;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.proposal.ProposalSubmitted;
import org.yishi.command.eventstore.EventSerializers;
import org.yishi.query.api.archive.ArchiveKind;
import org.yishi.query.api.archive.SearchArchive;
import org.yishi.query.api.archive.SearchArchive.Order;
import org.yishi.query.api.archive.SearchArchive.Reader;
import org.yishi.query.api.archive.SearchResults;
import org.yishi.query.personnames.EmbeddedStore;
import org.yishi.query.sessiontesting.DeliberationDay;
import org.yishi.query.storetesting.StoredEvents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveSearchProjectionTest {

    static final CommunityId JINYUAN = DeliberationDay.JINYUAN;
    static final CommunityId HEPING = new CommunityId("heping");
    static final PersonId COMMITTEE = new PersonId("p-committee");
    static final Instant MAY = Instant.parse("2026-05-10T02:00:00Z");
    static final Instant JUNE = Instant.parse("2026-06-10T02:00:00Z");

    @TempDir
    Path directory;
    EmbeddedStore store;
    StoredEvents events;
    SearchIndex index;
    ArchiveSearchProjection projection;

    @BeforeEach
    void open() {
        store = new EmbeddedStore(directory.resolve("store"));
        events = new StoredEvents(store.database());
        index = SearchIndex.open(directory.resolve("index"));
        projection = new ArchiveSearchProjection(index, events.store());
    }

    @AfterEach
    void close() {
        index.close();
        store.close();
    }

    /** The proposal about square dancing, its decision published to everyone, a parking one to members only. */
    private void givenPublishedDecisions() {
        proposal("sq", JINYUAN, "广场舞音量扰民", "晚上广场舞的音响太响，噪音影响休息", Category.NOISE, MAY);
        events.append(new ProposalAccepted(new ProposalId("sq"), Destination.DELIBERATION_DAY, null, null, COMMITTEE,
                                           MAY), MAY);
        decision("d-sq", "sq", JINYUAN, "关于广场舞噪音的决议",
                 "广场舞音响音量不超过60分贝，晚上九点后停止，由物业安装分贝仪。", Visibility.PUBLIC, MAY);
        proposal("pk", JINYUAN, "地下车库停车难", "车位不够，外来车辆占用车位", Category.PARKING, JUNE);
        events.append(new ProposalAccepted(new ProposalId("pk"), Destination.DELIBERATION_DAY, null, null, COMMITTEE,
                                           JUNE), JUNE);
        decision("d-pk", "pk", JINYUAN, "关于地下车库停车的决议",
                 "外来车辆临时停车须登记，夜间停车费每小时2元。Visitors register their parking.",
                 Visibility.COMMUNITY, JUNE);
    }

    private void proposal(String id, CommunityId community, String title, String text, Category category,
                          Instant at) {
        events.append(new ProposalSubmitted(new ProposalId(id), community, title, text, category, null, COMMITTEE,
                                            at), at);
    }

    private void decision(String id, String proposal, CommunityId community, String title, String text,
                          Visibility visibility, Instant at) {
        DecisionId decisionId = new DecisionId(id);
        events.append(new DecisionRecorded(decisionId, community, DecisionSource.MOTION, "草稿" + title, "草稿",
                                           proposal == null ? null : new ProposalId(proposal), null, null, null,
                                           COMMITTEE, at), at);
        events.append(new DecisionSubmittedForReview(decisionId, 1, title, text, null, COMMITTEE, at), at);
        events.append(new DecisionPublished(decisionId, visibility, COMMITTEE, at), at);
    }

    private void conventionVersion(int version, String clause) {
        events.append(new ConventionPublished(new ConventionId("square"), JINYUAN, version,
                                              LocalDate.of(2026, 7, version), Visibility.PUBLIC, "锦苑广场公约",
                                              "为维护广场秩序，居民、商户和物业共同订立本公约。",
                                              List.of(new PublishedClause(new ClauseId("c1"), 1, "第一章 广场舞",
                                                                          clause),
                                                      new PublishedClause(new ClauseId("c2"), 2, null,
                                                                          "摊贩在指定区域经营，宠物须牵绳。")),
                                              COMMITTEE, JUNE.plusSeconds(version)), JUNE.plusSeconds(version));
    }

    private void projected() {
        events.project(projection);
        index.commit(Map.of());
    }

    private SearchResults search(String text, Reader reader) {
        return projection.handle(request(text, reader, null, Order.RELEVANCE, 0, 10));
    }

    private static SearchArchive request(String text, Reader reader, Set<ArchiveKind> kinds, Order order, int page,
                                         int size) {
        return new SearchArchive(text, null, kinds, null, null, null, null, order, page, size, reader);
    }

    private static Reader memberOfJinyuan() {
        return new Reader(Set.of(JINYUAN.value()), Set.of());
    }

    private static Reader committeeOfJinyuan() {
        return new Reader(Set.of(JINYUAN.value()), Set.of(JINYUAN.value()));
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchResults.Hit::documentId).toList();
    }

    @Test
    void chineseQueriesFindTheDecisionsAboutThem() {
        givenPublishedDecisions();
        projected();

        assertThat(ids(search("广场舞 噪音", memberOfJinyuan()))).containsExactly("decision:d-sq");
        assertThat(ids(search("停车", memberOfJinyuan()))).containsExactly("decision:d-pk");
        assertThat(ids(search("分贝仪", memberOfJinyuan()))).containsExactly("decision:d-sq");
        assertThat(search("宠物", memberOfJinyuan()).total()).isZero();
    }

    @Test
    void termsTheSegmenterSplitsBadlyStillMatchAsCharacterPairsAndSingleCharacters() {
        events.append(new ProposalSubmitted(new ProposalId("dog"), JINYUAN, "遛狗不牵绳", "有人在小区里遛狗不牵绳，吓到孩子",
                                            Category.PETS, null, COMMITTEE, MAY), MAY);
        events.append(new ProposalAccepted(new ProposalId("dog"), Destination.DELIBERATION_DAY, null, null, COMMITTEE,
                                           MAY), MAY);
        decision("d-dog", "dog", JINYUAN, "文明养犬的决议", "遛狗必须牵绳，犬只粪便由主人清理。", Visibility.PUBLIC, MAY);
        projected();

        assertThat(ids(search("遛狗", Reader.anonymous()))).containsExactly("decision:d-dog");
        assertThat(ids(search("牵绳", Reader.anonymous()))).containsExactly("decision:d-dog");
        assertThat(ids(search("狗", Reader.anonymous()))).containsExactly("decision:d-dog");
        assertThat(search("牵狗", Reader.anonymous()).total())
                .as("a run of characters is a phrase, not any of its characters").isZero();
    }

    @Test
    void englishTextIsFoundByItsWordsWhateverTheirForm() {
        givenPublishedDecisions();
        projected();

        assertThat(ids(search("visitors", memberOfJinyuan()))).containsExactly("decision:d-pk");
        assertThat(ids(search("PARKING", memberOfJinyuan()))).containsExactly("decision:d-pk");
    }

    @Test
    void aReaderFindsOnlyWhatTheyMayRead() {
        givenPublishedDecisions();
        decision("d-draft", null, JINYUAN, "未公布的停车决议", "停车草稿", Visibility.PUBLIC, JUNE);
        events.append(new DecisionRecorded(new DecisionId("d-unpublished"), JINYUAN, DecisionSource.MOTION,
                                           "停车的草拟决议", "停车", null, null, null, null, COMMITTEE, JUNE), JUNE);
        DeliberationDay.events().forEach(day -> events.append(day.event(), day.appendedAt()));
        projected();

        assertThat(ids(search("停车", Reader.anonymous()))).containsExactly("decision:d-draft");
        assertThat(ids(search("停车", new Reader(Set.of(HEPING.value()), Set.of()))))
                .as("a member elsewhere is a stranger here").containsExactly("decision:d-draft");
        assertThat(ids(search("停车", memberOfJinyuan()))).containsExactlyInAnyOrder("decision:d-pk", "decision:d-draft");
        assertThat(search("停车", committeeOfJinyuan()).facets().kinds())
                .as("the committee also finds the screened proposal").extracting(SearchResults.Count::value)
                .containsExactlyInAnyOrder("DECISION", "PROPOSAL");
        assertThat(search("分贝仪", committeeOfJinyuan()).facets().kinds())
                .as("and the minutes of the day").extracting(SearchResults.Count::value)
                .containsExactlyInAnyOrder("DECISION", "MINUTES");
        assertThat(ids(search("停车", committeeOfJinyuan()))).doesNotContain("decision:d-unpublished");
        assertThat(search("分贝仪", Reader.anonymous()).facets().kinds())
                .as("minutes are the committee's, counts included")
                .extracting(SearchResults.Count::value).containsExactly("DECISION");
    }

    @Test
    void theMinutesOfAClosedSessionHoldWhatWasSaidAndDecided() {
        DeliberationDay.events().forEach(day -> events.append(day.event(), day.appendedAt()));
        projected();

        SearchResults minutes = projection.handle(request("分贝仪", committeeOfJinyuan(), Set.of(ArchiveKind.MINUTES),
                                                          Order.RELEVANCE, 0, 10));

        assertThat(minutes.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.sourceId()).isEqualTo(DeliberationDay.MEETING.value());
            assertThat(hit.status()).isEqualTo("CLOSED");
            assertThat(hit.snippet()).contains("<mark>分贝仪</mark>");
        });
    }

    @Test
    void aNewVersionSupersedesTheOneBeforeAndARepealEndsIt() {
        conventionVersion(1, "广场舞晚上九点半结束。");
        conventionVersion(2, "广场舞晚上九点结束，音量不超过60分贝。");
        projected();

        SearchResults both = search("广场舞", Reader.anonymous());
        assertThat(both.hits()).extracting(SearchResults.Hit::version, SearchResults.Hit::status)
                               .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(1, "SUPERSEDED"),
                                                          org.assertj.core.groups.Tuple.tuple(2, "IN_FORCE"));
        assertThat(ids(search("九点半", Reader.anonymous()))).containsExactly("convention:square:v1");

        events.append(new ConventionRepealed(new ConventionId("square"), 2, LocalDate.of(2026, 9, 1), COMMITTEE,
                                             JUNE.plusSeconds(60)), JUNE.plusSeconds(60));
        projected();
        assertThat(search("公约", Reader.anonymous()).facets().statuses())
                .containsExactlyInAnyOrder(new SearchResults.Count("REPEALED", 1),
                                           new SearchResults.Count("SUPERSEDED", 1));
    }

    @Test
    void filtersNarrowTheMatchesAndTheFacetsCountThemAll() {
        givenPublishedDecisions();
        conventionVersion(1, "广场舞晚上九点半结束，车辆不得在广场停车。");
        projected();

        SearchArchive base = request("停车", memberOfJinyuan(), null, Order.RELEVANCE, 0, 10);
        SearchResults all = projection.handle(base);
        assertThat(all.total()).isEqualTo(2);
        assertThat(all.facets().kinds()).containsExactlyInAnyOrder(new SearchResults.Count("DECISION", 1),
                                                                   new SearchResults.Count("CONVENTION", 1));
        assertThat(all.facets().categories()).containsExactly(new SearchResults.Count("PARKING", 1));
        assertThat(all.facets().communities()).containsExactly(new SearchResults.Count(JINYUAN.value(), 2));

        assertThat(ids(projection.handle(new SearchArchive("停车", JINYUAN.value(), Set.of(ArchiveKind.CONVENTION),
                                                           null, null, null, null, Order.RELEVANCE, 0, 10,
                                                           memberOfJinyuan()))))
                .containsExactly("convention:square:v1");
        assertThat(ids(projection.handle(new SearchArchive("停车", null, null, "PARKING", "PUBLISHED", null, null,
                                                           Order.RELEVANCE, 0, 10, memberOfJinyuan()))))
                .containsExactly("decision:d-pk");
        assertThat(ids(projection.handle(new SearchArchive("", null, null, null, null, LocalDate.of(2026, 5, 1),
                                                           LocalDate.of(2026, 5, 31), Order.NEWEST, 0, 10,
                                                           memberOfJinyuan()))))
                .as("the date range is the community's calendar days, both ends included")
                .containsExactly("decision:d-sq");
        assertThat(projection.handle(new SearchArchive("停车", "heping", null, null, null, null, null,
                                                       Order.RELEVANCE, 0, 10, memberOfJinyuan())).total()).isZero();
    }

    @Test
    void resultsComeInPagesNewestFirstWhenAsked() {
        for (int i = 1; i <= 25; i++) {
            Instant at = MAY.plusSeconds(86_400L * i);
            decision("d-" + i, null, JINYUAN, "第" + i + "号停车决议", "停车位第" + i + "批分配", Visibility.PUBLIC, at);
        }
        projected();

        SearchResults first = projection.handle(request("停车", Reader.anonymous(), null, Order.NEWEST, 0, 10));
        SearchResults third = projection.handle(request("停车", Reader.anonymous(), null, Order.NEWEST, 2, 10));

        assertThat(first.total()).isEqualTo(25);
        assertThat(ids(first)).startsWith("decision:d-25", "decision:d-24").hasSize(10);
        assertThat(ids(third)).containsExactly("decision:d-5", "decision:d-4", "decision:d-3", "decision:d-2",
                                               "decision:d-1");
        assertThat(third.page()).isEqualTo(2);
    }

    @Test
    void aSnippetMarksTheTermsAndEscapesTheRest() {
        decision("d-html", null, JINYUAN, "标题", "噪音投诉：物业<script>alert(1)</script>承诺24小时内处理。", Visibility.PUBLIC,
                 MAY);
        projected();

        String snippet = search("噪音", Reader.anonymous()).hits().get(0).snippet();

        assertThat(snippet).contains("<mark>噪音</mark>").contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void handlingTheSameEventsAgainChangesNothing() {
        givenPublishedDecisions();
        conventionVersion(1, "广场舞晚上九点半结束。");
        conventionVersion(2, "广场舞晚上九点结束。");
        projected();
        SearchResults once = search("广场舞", memberOfJinyuan());

        projected();

        assertThat(search("广场舞", memberOfJinyuan())).usingRecursiveComparison().isEqualTo(once);
    }

    @Test
    void aResetAndTheReplayInOneBatchRestoreEveryDocument() {
        givenPublishedDecisions();
        projected();

        projection.reset();
        events.project(projection);
        index.commit(Map.of());

        assertThat(ids(search("决议", memberOfJinyuan()))).containsExactlyInAnyOrder("decision:d-sq", "decision:d-pk");
    }

    @Test
    void theTokenIsCommittedWithTheDocumentsAndWhatWasNotCommittedIsGoneAfterACrash() throws Exception {
        IndexTokenStore tokens = new IndexTokenStore(index, EventSerializers.jackson());
        assertThat(tokens.fetchSegments(ArchiveSearchProjection.GROUP)).isEmpty();
        tokens.initializeTokenSegments(ArchiveSearchProjection.GROUP, 1, null);
        givenPublishedDecisions();
        events.project(projection);
        tokens.storeToken(new GlobalSequenceTrackingToken(9), ArchiveSearchProjection.GROUP, 0);
        decision("d-late", null, JINYUAN, "关于停车的补充决议", "停车补充", Visibility.PUBLIC, JUNE);
        events.project(projection);
        index.close();

        index = SearchIndex.open(directory.resolve("index"));
        tokens = new IndexTokenStore(index, EventSerializers.jackson());
        projection = new ArchiveSearchProjection(index, events.store());

        TrackingToken token = tokens.fetchToken(ArchiveSearchProjection.GROUP, 0);
        assertThat(token).isEqualTo(new GlobalSequenceTrackingToken(9));
        assertThat(index.position()).isEqualTo(9);
        assertThat(ids(search("停车", memberOfJinyuan()))).containsExactly("decision:d-pk");
    }

    @Test
    void aSecondNodeOnTheSameMachineKeepsItsOwnIndexBesideTheFirst() {
        givenPublishedDecisions();
        projected();

        try (SearchIndex second = SearchIndex.open(directory.resolve("index"))) {
            assertThat(second.path()).isEqualTo(directory.resolve("index-2"));
            assertThat(second.position()).isEqualTo(-1);
        }
        assertThat(ids(search("停车", memberOfJinyuan()))).containsExactly("decision:d-pk");
    }

    @Test
    void aLostOrUnreadableIndexStartsEmptySoItsProcessorReplaysEverything() throws Exception {
        IndexTokenStore tokens = new IndexTokenStore(index, EventSerializers.jackson());
        tokens.initializeTokenSegments(ArchiveSearchProjection.GROUP, 1, null);
        givenPublishedDecisions();
        events.project(projection);
        tokens.storeToken(new GlobalSequenceTrackingToken(9), ArchiveSearchProjection.GROUP, 0);
        index.close();
        try (var files = Files.list(directory.resolve("index"))) {
            for (Path file : files.toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }

        index = SearchIndex.open(directory.resolve("index"));

        assertThat(new IndexTokenStore(index, EventSerializers.jackson()).fetchSegments(ArchiveSearchProjection.GROUP))
                .isEmpty();
        assertThat(index.sizeOnDisk()).isLessThan(1_000);
    }
}
