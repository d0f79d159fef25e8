package org.yishi.query.conventiontext;

import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.convention.AmendingStarted;
import org.yishi.command.api.convention.AmendmentAccepted;
import org.yishi.command.api.convention.AmendmentId;
import org.yishi.command.api.convention.AmendmentKind;
import org.yishi.command.api.convention.AmendmentProposed;
import org.yishi.command.api.convention.ClauseAdded;
import org.yishi.command.api.convention.ClauseEdited;
import org.yishi.command.api.convention.ClauseId;
import org.yishi.command.api.convention.ClauseRemoved;
import org.yishi.command.api.convention.ClausesReordered;
import org.yishi.command.api.convention.ConventionDrafted;
import org.yishi.command.api.convention.ConventionId;
import org.yishi.command.api.convention.ConventionPublished;
import org.yishi.command.api.convention.ConventionStatus;
import org.yishi.command.api.convention.PublishedClause;
import org.yishi.command.api.decision.Visibility;
import org.yishi.query.api.conventions.ConventionDiff;
import org.yishi.query.api.conventions.ConventionDiff.Change;
import org.yishi.query.api.conventions.ConventionDiff.Segment;
import org.yishi.query.api.conventions.ConventionPage;
import org.yishi.query.api.conventions.ConventionText;
import org.yishi.query.api.conventions.ConventionText.TextClause;
import org.yishi.query.api.conventions.FindConvention;
import org.yishi.query.conventionpage.ConventionPageProjection;
import org.yishi.query.personnames.EmbeddedStore;
import org.yishi.query.sessiontesting.Projected;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ConventionTextsTest {

    static final ConventionId SQUARE = new ConventionId("convention-square");
    static final CommunityId JINYUAN = new CommunityId("c-jinyuan");
    static final PersonId WANG = new PersonId("p-wang");
    static final PersonId ZHANG = new PersonId("p-zhang");
    static final ClauseId NOISE = new ClauseId("clause-noise");
    static final ClauseId STALLS = new ClauseId("clause-stalls");
    static final ClauseId CLEAN = new ClauseId("clause-clean");
    static final AmendmentId NINE = new AmendmentId("amendment-nine");
    static final Instant T = Instant.parse("2026-05-10T02:00:00Z");

    @TempDir
    Path directory;
    EmbeddedStore store;
    ConventionPageProjection projection;
    Projected handed;
    QueryGateway queries;
    final List<ConventionTexts.Stamped> history = new ArrayList<>();

    @BeforeEach
    void open() {
        store = new EmbeddedStore(directory);
        projection = new ConventionPageProjection(store.database());
        handed = new Projected(projection);
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(projection).subscribe(bus);
        queries = DefaultQueryGateway.builder().queryBus(bus).build();
        add(new MemberRegistered(JINYUAN, WANG, "王主任", null, WANG));
        add(new ConventionDrafted(SQUARE, JINYUAN, "广场公约", "为了广场的安宁与整洁", Set.of(StakeholderGroup.MERCHANT),
                                  null, WANG, at(1)));
        add(new ClauseAdded(SQUARE, NOISE, 0, null, "晚上十点后停止播放音乐", "噪音", null, WANG, at(2)));
        add(new ClauseAdded(SQUARE, STALLS, 1, null, "摊位不得占用通道", "摊位", null, WANG, at(3)));
        add(new ClauseAdded(SQUARE, CLEAN, 0, null, "保持广场整洁", "卫生", null, WANG, at(4)));
        add(new ClausesReordered(SQUARE, List.of(NOISE, STALLS, CLEAN), "先说噪音", WANG, at(5)));
        add(new AmendmentProposed(SQUARE, NINE, AmendmentKind.REWORD, NOISE, null, "晚上九点后停止播放音乐", "孩子要睡觉",
                                  "晚上十点后停止播放音乐", ZHANG, at(6)));
        add(new AmendmentAccepted(SQUARE, NINE, NOISE, WANG, at(7)));
        add(new ClauseEdited(SQUARE, NOISE, null, "晚上九点后停止播放音乐", "采纳修正案", NINE, WANG, at(7)));
        add(new ConventionPublished(SQUARE, JINYUAN, 1, LocalDate.parse("2026-06-01"), Visibility.PUBLIC, "广场公约",
                                    "为了广场的安宁与整洁",
                                    List.of(new PublishedClause(NOISE, 1, null, "晚上九点后停止播放音乐"),
                                            new PublishedClause(STALLS, 2, null, "摊位不得占用通道"),
                                            new PublishedClause(CLEAN, 3, null, "保持广场整洁")), WANG, at(8)));
        add(new AmendingStarted(SQUARE, 2, "摊位条款太宽", WANG, at(9)));
        add(new ClauseRemoved(SQUARE, STALLS, "另立摊位公约", null, WANG, at(10)));
        add(new ClausesReordered(SQUARE, List.of(CLEAN, NOISE), "卫生优先", WANG, at(11)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void thePageShowsTheWorkingTextWithItsAmendmentCreditedAndTheVersionInForce() {
        feed(history);

        ConventionPage page = page();

        assertThat(page.status()).isEqualTo(ConventionStatus.DRAFTING);
        assertThat(page.inForce()).isEqualTo(1);
        assertThat(page.draftVersion()).isEqualTo(2);
        assertThat(page.clauses()).extracting(ConventionPage.Clause::clauseId, ConventionPage.Clause::number,
                                              ConventionPage.Clause::text)
                                  .containsExactly(tuple("clause-clean", 1, "保持广场整洁"),
                                                   tuple("clause-noise", 2, "晚上九点后停止播放音乐"));
        assertThat(page.clauses().get(1).amendments()).extracting(ConventionPage.Amendment::amendmentId,
                                                                  ConventionPage.Amendment::status)
                                                      .containsExactly(tuple("amendment-nine", "ACCEPTED"));
        assertThat(page.versions()).extracting(ConventionPage.Version::version).containsExactly(1);
        assertThat(page.draftedBy().name()).isEqualTo("王主任");
        assertThat(page.edits()).filteredOn(edit -> "amendment-nine".equals(edit.amendmentId())).hasSize(1);
    }

    @Test
    void replayingTheSameEventsChangesNothing() {
        feed(history);
        ConventionPage once = page();

        feed(history);

        assertThat(page()).isEqualTo(once);
    }

    @Test
    void theTextAsOfEachMomentEqualsThePageRebuiltFromTheEventsUpToThatMoment() {
        for (int minute : List.of(2, 4, 5, 7, 8, 9, 10, 11)) {
            store.database().getCollection("view_convention_page").drop();
            feed(history.stream().filter(e -> !e.timestamp().isAfter(at(minute))).toList());

            ConventionText text = ConventionTexts.asOf(SQUARE.value(), history, at(minute)).orElseThrow();
            ConventionText.Text working = text.draft() != null ? text.draft() : text.inForce();

            assertThat(working.clauses()).as("at minute %d", minute)
                    .extracting(TextClause::clauseId, TextClause::number, TextClause::chapter, TextClause::text)
                    .containsExactlyElementsOf(page().clauses().stream()
                            .map(c -> tuple(c.clauseId(), c.number(), c.chapter(), c.text())).toList());
            assertThat(text.status()).as("at minute %d", minute).isEqualTo(page().status());
        }
    }

    @Test
    void theTextAsOfAMomentBeforeTheAmendmentShowsTheDraftThenAndNoVersionInForce() {
        ConventionText text = ConventionTexts.asOf(SQUARE.value(), history, at(6)).orElseThrow();

        assertThat(text.inForce()).isNull();
        assertThat(text.draft().clauses()).extracting(TextClause::text)
                                          .containsExactly("晚上十点后停止播放音乐", "摊位不得占用通道", "保持广场整洁");
    }

    @Test
    void aMomentBeforeTheConventionWasDraftedHasNoText() {
        assertThat(ConventionTexts.asOf(SQUARE.value(), history, at(0))).isEmpty();
    }

    @Test
    void chineseClausesAreComparedCharacterByCharacter() {
        assertThat(TextComparison.characters("晚上十点后", "晚上九点后"))
                .containsExactly(new Segment(Segment.Kind.EQUAL, "晚上"), new Segment(Segment.Kind.DELETE, "十"),
                                 new Segment(Segment.Kind.INSERT, "九"), new Segment(Segment.Kind.EQUAL, "点后"));
    }

    @Test
    void versionOneAgainstTheDraftShowsTheRemovedClauseAndBothSwappedClausesAsMoved() {
        var texts = ConventionTexts.all(SQUARE.value(), history);

        ConventionDiff diff = TextComparison.compare(SQUARE.value(), 1, 0, texts.get(1), texts.get(0));

        assertThat(diff.clauses()).extracting(ConventionDiff.ClauseDiff::clauseId, ConventionDiff.ClauseDiff::change)
                                  .containsExactly(tuple("clause-stalls", Change.REMOVED),
                                                   tuple("clause-clean", Change.MOVED),
                                                   tuple("clause-noise", Change.MOVED));
    }

    private void feed(List<ConventionTexts.Stamped> events) {
        events.forEach(e -> handed.event(e.payload(), e.position(), e.timestamp()));
    }

    private ConventionPage page() {
        return queries.query(new FindConvention(SQUARE.value()), ResponseTypes.optionalInstanceOf(ConventionPage.class))
                      .join().orElseThrow();
    }

    private void add(Object event) {
        history.add(new ConventionTexts.Stamped(event, timestampOf(event), history.size() + 1));
    }

    private static Instant timestampOf(Object event) {
        try {
            return (Instant) event.getClass().getMethod("at").invoke(event);
        } catch (NoSuchMethodException e) {
            return at(0);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant at(int minute) {
        return T.plusSeconds(60L * minute);
    }
}
