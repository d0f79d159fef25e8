package org.yishi.query.conventiontext;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.convention.ClauseAdded;
import org.yishi.command.api.convention.ClauseEdited;
import org.yishi.command.api.convention.ClauseId;
import org.yishi.command.api.convention.ConventionDrafted;
import org.yishi.command.api.convention.ConventionId;
import org.yishi.command.api.convention.ConventionPublished;
import org.yishi.command.api.convention.AmendingStarted;
import org.yishi.command.api.convention.PublishedClause;
import org.yishi.command.api.decision.Visibility;
import org.yishi.query.api.conventions.CompareConventionTexts;
import org.yishi.query.api.conventions.ConventionDiff;
import org.yishi.query.api.conventions.ConventionDiff.Segment;
import org.yishi.query.api.conventions.FindConventionText;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ConventionTextQueriesTest {

    static final ConventionId SQUARE = new ConventionId("convention-square");
    static final ClauseId NOISE = new ClauseId("clause-noise");
    static final PersonId WANG = new PersonId("p-wang");
    static final Instant T = Instant.parse("2026-05-10T02:00:00Z");

    final EmbeddedEventStore store = EmbeddedEventStore.builder()
                                                       .storageEngine(new InMemoryEventStorageEngine()).build();
    final ConventionTextQueries queries = new ConventionTextQueries(store, Clock.fixed(at(100), ZoneOffset.UTC));

    @Test
    void versionOneReadAsOfADateBeforeTheAmendmentAndTheDiffToTheDraftComeFromTheStoredEvents() {
        append(new ConventionDrafted(SQUARE, new CommunityId("c-jinyuan"), "广场公约", "序言", Set.of(), null, WANG,
                                     at(1)));
        append(new ClauseAdded(SQUARE, NOISE, 0, null, "晚上十点后停止播放音乐", "噪音", null, WANG, at(2)));
        append(new ConventionPublished(SQUARE, new CommunityId("c-jinyuan"), 1, LocalDate.parse("2026-06-01"),
                                       Visibility.PUBLIC, "广场公约", "序言",
                                       List.of(new PublishedClause(NOISE, 1, null, "晚上十点后停止播放音乐")), WANG,
                                       at(3)));
        append(new AmendingStarted(SQUARE, 2, "提前一小时", WANG, at(4)));
        append(new ClauseEdited(SQUARE, NOISE, null, "晚上九点后停止播放音乐", "提前", null, WANG, at(5)));

        var before = queries.handle(new FindConventionText(SQUARE.value(), null, at(3)));
        var now = queries.handle(new FindConventionText(SQUARE.value(), null, null));
        ConventionDiff diff = queries.handle(new CompareConventionTexts(SQUARE.value(), 1, 0));

        assertThat(before.draft()).isNull();
        assertThat(before.inForce().clauses().get(0).text()).isEqualTo("晚上十点后停止播放音乐");
        assertThat(now.draft().clauses().get(0).text()).isEqualTo("晚上九点后停止播放音乐");
        assertThat(diff.clauses().get(0).change()).isEqualTo(ConventionDiff.Change.CHANGED);
        assertThat(diff.clauses().get(0).text()).containsExactly(
                new Segment(Segment.Kind.EQUAL, "晚上"), new Segment(Segment.Kind.DELETE, "十"),
                new Segment(Segment.Kind.INSERT, "九"), new Segment(Segment.Kind.EQUAL, "点后停止播放音乐"));
    }

    @Test
    void anUnknownConventionHasNoText() {
        assertThat(queries.handle(new FindConventionText("nothing", null, null))).isNull();
    }

    private long sequence = 0;

    private void append(Object event) {
        Instant at;
        try {
            at = (Instant) event.getClass().getMethod("at").invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        store.publish(new GenericDomainEventMessage<>("Convention", SQUARE.value(), sequence++, event, Map.of(),
                                                      "event-" + sequence, at));
    }

    private static Instant at(int minute) {
        return T.plusSeconds(60L * minute);
    }
}
