package org.yishi.query.motionlist;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.yishi.command.api.EventMetadata;
import org.yishi.command.api.motion.BallotCast;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.MotionOpened;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.api.motion.VoteRecorded;
import org.yishi.command.api.motion.VotingUnit;
import org.yishi.query.api.motions.FindMotions;
import org.yishi.query.api.motions.MotionList;
import org.yishi.query.api.motions.MotionStatus;
import org.yishi.query.views.BatchWrites;
import org.yishi.query.views.PositionedDocuments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/**
 * The motions of each community and session: one document per motion with its turnout and, once closed, its outcome.
 * A changed ballot is the same unit taking part, so it does not count again. An event the document already reflects
 * is skipped, so a replay changes nothing.
 */
@ProcessingGroup(MotionListProjection.GROUP)
public class MotionListProjection {

    public static final String GROUP = "motion-list";

    private static final Comparator<MotionList.Entry> OPEN_FIRST = Comparator
            .comparing((MotionList.Entry entry) -> entry.status() != MotionStatus.OPEN)
            .thenComparing(entry -> entry.status() == MotionStatus.OPEN ? entry.closesAt() : null,
                           Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(entry -> entry.closedAt(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(MotionList.Entry::openedAt, Comparator.reverseOrder());

    private final MongoCollection<Document> view;
    private final PositionedDocuments positioned;

    public MotionListProjection(MongoDatabase database) {
        this.view = database.getCollection("view_motion_list");
        this.positioned = new PositionedDocuments(view, BatchWrites.replace());
    }

    @EventHandler
    void on(MotionOpened event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        Document motion = new Document("_id", event.motionId().value())
                .append("communityId", event.communityId().value())
                .append("sessionId", event.sessionId() == null ? null : event.sessionId().value())
                .append("itemId", event.itemId() == null ? null : event.itemId().value())
                .append("proposalId", event.proposalId() == null ? null : event.proposalId().value())
                .append("question", event.question())
                .append("method", event.method().name())
                .append("secrecy", event.secrecy().name())
                .append("unit", event.unit().name())
                .append("status", MotionStatus.OPEN.name())
                .append("openedAt", Date.from(event.at()))
                .append("closesAt", date(event.closesAt()))
                .append("eligible", event.electorate().units())
                .append("turnout", 0)
                .append("outcome", null)
                .append("chosen", null)
                .append("closedAt", null)
                .append("position", position);
        positioned.create(motion);
    }

    @EventHandler
    void on(BallotCast event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        tookPart(event.motionId(), event.replaces(), position);
    }

    @EventHandler
    void on(VoteRecorded event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        tookPart(event.motionId(), event.replaces(), position);
    }

    private void tookPart(MotionId motion, boolean replaces, long position) {
        positioned.change(motion.value(), position, entry -> {
            if (!replaces) {
                entry.put("turnout", entry.getInteger("turnout") + 1);
            }
        });
    }

    @EventHandler
    void on(MotionClosed event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.motionId().value(), position, entry -> entry
                .append("status", MotionStatus.CLOSED.name()).append("outcome", event.outcome().name())
                .append("chosen", event.chosen()).append("closedAt", Date.from(event.at())));
    }

    @ResetHandler
    void reset() {
        view.deleteMany(new Document());
    }

    @QueryHandler
    MotionList handle(FindMotions query) {
        var filter = query.sessionId() == null ? eq("communityId", query.communityId())
                                               : and(eq("communityId", query.communityId()),
                                                     eq("sessionId", query.sessionId()));
        List<MotionList.Entry> entries = new ArrayList<>();
        long position = -1;
        for (Document motion : view.find(filter)) {
            entries.add(entry(motion));
            position = Math.max(position, motion.get("position", Number.class).longValue());
        }
        entries.sort(OPEN_FIRST);
        return new MotionList(entries, position);
    }

    private static MotionList.Entry entry(Document motion) {
        String outcome = motion.getString("outcome");
        return new MotionList.Entry(motion.getString("_id"), motion.getString("communityId"),
                                    motion.getString("sessionId"), motion.getString("itemId"),
                                    motion.getString("proposalId"), motion.getString("question"),
                                    Method.valueOf(motion.getString("method")),
                                    Secrecy.valueOf(motion.getString("secrecy")),
                                    VotingUnit.valueOf(motion.getString("unit")),
                                    MotionStatus.valueOf(motion.getString("status")), instant(motion, "openedAt"),
                                    instant(motion, "closesAt"), motion.getInteger("eligible"),
                                    motion.getInteger("turnout"),
                                    outcome == null ? null : ResultOutcome.valueOf(outcome), motion.getString("chosen"),
                                    instant(motion, "closedAt"), motion.get("position", Number.class).longValue());
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
