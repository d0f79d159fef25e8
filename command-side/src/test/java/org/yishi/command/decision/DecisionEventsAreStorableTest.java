package org.yishi.command.decision;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yishi.command.api.decision.ActionCompleted;
import org.yishi.command.api.decision.DecisionApproved;
import org.yishi.command.api.decision.DecisionId;
import org.yishi.command.api.decision.DecisionPublished;
import org.yishi.command.api.decision.DecisionRecorded;
import org.yishi.command.api.decision.DecisionRevised;
import org.yishi.command.api.decision.DecisionSource;
import org.yishi.command.api.decision.DecisionSubmittedForReview;
import org.yishi.command.api.decision.FollowUpActionAdded;
import org.yishi.command.api.decision.ImplementationRated;
import org.yishi.command.api.decision.ProgressReported;
import org.yishi.command.api.decision.SupervisionCheckRecorded;
import org.yishi.command.api.decision.Visibility;
import org.yishi.command.eventstore.MongoCommitStorageEngine;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yishi.command.decision.DecisionFixtures.AT;
import static org.yishi.command.decision.DecisionFixtures.DECISION;
import static org.yishi.command.decision.DecisionFixtures.DUE;
import static org.yishi.command.decision.DecisionFixtures.ITEM;
import static org.yishi.command.decision.DecisionFixtures.JINYUAN;
import static org.yishi.command.decision.DecisionFixtures.LI;
import static org.yishi.command.decision.DecisionFixtures.PATROL;
import static org.yishi.command.decision.DecisionFixtures.PROPERTY;
import static org.yishi.command.decision.DecisionFixtures.SESSION;
import static org.yishi.command.decision.DecisionFixtures.WU;
import static org.yishi.command.decision.DecisionFixtures.ZHOU;
import static org.yishi.command.decision.DecisionFixtures.at;

/**
 * Every decision event, nulls and emoji included, is written through the engine to the embedded store, as BSON
 * over the wire, and reads back equal.
 */
class DecisionEventsAreStorableTest {

    @TempDir
    static Path directory;
    private static EmbeddedStore store;
    private static MongoCommitStorageEngine engine;
    private static final AtomicInteger streams = new AtomicInteger();

    @BeforeAll
    static void open() {
        store = new EmbeddedStore(directory);
        engine = store.engine();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<Object> events() {
        DecisionId fromItem = DecisionId.ofItem(SESSION, ITEM);
        return Stream.of(
                DecisionFixtures.recorded(),
                DecisionFixtures.recorded("标题", null),
                new DecisionRecorded(fromItem, JINYUAN, DecisionSource.RECOMMENDATION, "流动摊贩", "划定摊位😀", null,
                                     SESSION, ITEM, null, ZHOU, AT),
                DecisionFixtures.drafted(),
                DecisionFixtures.revised(1),
                new DecisionSubmittedForReview(DECISION, 1, "标题", "正文", "请审核", ZHOU, at(1)),
                DecisionFixtures.submitted(2, "正文"),
                DecisionFixtures.returned(1),
                new DecisionApproved(DECISION, 2, null, WU, at(2)),
                new DecisionApproved(DECISION, 3, "同意公布", WU, at(3)),
                new DecisionPublished(DECISION, Visibility.PUBLIC, ZHOU, at(4)),
                new DecisionPublished(DECISION, Visibility.COMMUNITY, ZHOU, at(4)),
                new FollowUpActionAdded(DECISION, PATROL, "每日巡查", "广场治理监督小组", PROPERTY, DUE, ZHOU, at(5)),
                new FollowUpActionAdded(DECISION, PATROL, "每日巡查", "社区居委会", null, DUE, ZHOU, at(5)),
                new ProgressReported(DECISION, PATROL, "本周巡查五次", PROPERTY, at(6)),
                new ActionCompleted(DECISION, PATROL, null, PROPERTY, at(7)),
                new ActionCompleted(DECISION, PATROL, "已完成", ZHOU, at(7)),
                new SupervisionCheckRecorded(DECISION, PATROL, false, "21:30仍有音响", ZHOU, at(8)),
                new ImplementationRated(DECISION, LI, 4, "安静多了👍", false, at(9)),
                new ImplementationRated(DECISION, LI, 2, null, true, at(10)));
    }

    @ParameterizedTest
    @MethodSource("events")
    void anEventReadsBackFromTheStoreAsItWasWritten(Object event) {
        String stream = "decision-" + streams.incrementAndGet();
        engine.appendEvents(List.of(new GenericDomainEventMessage<>("Decision", stream, 0, event)));

        List<Object> read = engine.readEvents(stream).asStream().map(DomainEventMessage::getPayload)
                                  .map(Object.class::cast).toList();

        assertThat(read).containsExactly(event);
    }
}
