package org.yishi.query.tally;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.yishi.command.api.EventMetadata;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.motion.BallotCast;
import org.yishi.command.api.motion.BallotsUnsealed;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.MotionOpened;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.api.motion.VoteRecorded;
import org.yishi.command.api.motion.VotingUnit;
import org.yishi.query.api.motions.FindTally;
import org.yishi.query.api.motions.MotionStatus;
import org.yishi.query.api.motions.MotionTally;
import org.yishi.query.motionrules.ResultDocuments;
import org.yishi.query.motionrules.VotingUnits;
import org.yishi.query.views.BatchWrites;

import java.util.ArrayList;
import java.util.Optional;
import java.util.function.Consumer;

import static com.mongodb.client.model.Filters.eq;

/**
 * Each motion's count, made on the query side from the raw events, and held against the tally the motion recorded.
 * A motion's document keeps what it is and how many units took part; each unit's latest ballot is a document of its
 * own ({@code motion/unit}), so that a ballot of a 10,000-voter motion rewrites one small document, not a roll. The
 * counts are made only when the motion closes: from the units' latest ballots (named) or from the unsealed contents
 * (secret). A motion's events come in position order, and each document keeps the position of the newest event it
 * reflects, so a replay or a redelivery changes nothing.
 */
@ProcessingGroup(TallyProjection.GROUP)
public class TallyProjection {

    public static final String GROUP = "motion-tally";

    private final MongoCollection<Document> motions;
    private final MongoCollection<Document> ballots;

    public TallyProjection(MongoDatabase database) {
        this.motions = database.getCollection("view_motion_tally");
        this.ballots = database.getCollection("view_motion_tally_ballots");
    }

    @EventHandler
    void on(MotionOpened event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        Document existing = motion(event.motionId());
        if (existing != null && positionOf(existing) >= position) {
            return;
        }
        Document motion = new Document("_id", event.motionId().value())
                .append("communityId", event.communityId().value())
                .append("sessionId", event.sessionId() == null ? null : event.sessionId().value())
                .append("itemId", event.itemId() == null ? null : event.itemId().value())
                .append("proposalId", event.proposalId() == null ? null : event.proposalId().value())
                .append("question", event.question())
                .append("method", event.method().name())
                .append("options", ResultDocuments.options(event.options()))
                .append("secrecy", event.secrecy().name())
                .append("unit", event.unit().name())
                .append("status", MotionStatus.OPEN.name())
                .append("eligible", event.electorate().units())
                .append("tookPart", 0)
                .append("unsealed", null)
                .append("counted", null)
                .append("result", null)
                .append("agrees", null)
                .append("position", position);
        motions.replaceOne(eq("_id", motion.get("_id")), motion, BatchWrites.upsert());
    }

    @EventHandler
    void on(BallotCast event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        ballot(event.motionId(), event.voter(), event.household(), event.option(), event.reason(), position);
    }

    /** The sealed content stays sealed here: the unit took part, and what it voted is known only once unsealed. */
    @EventHandler
    void on(VoteRecorded event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        ballot(event.motionId(), event.voter(), event.household(), null, null, position);
    }

    @EventHandler
    void on(BallotsUnsealed event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(event.motionId(), position, motion -> motion.put(
                "unsealed", new Document("options", new ArrayList<>(event.options()))
                        .append("reasons", new ArrayList<>(event.reasons()))));
    }

    @EventHandler
    void on(MotionClosed event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(event.motionId(), position, motion -> {
            Recount recount = new Recount(ResultDocuments.options(motion.get("options", Document.class)),
                                          motion.getInteger("eligible"));
            Document unsealed = motion.get("unsealed", Document.class);
            if (Secrecy.valueOf(motion.getString("secrecy")) == Secrecy.SECRET) {
                if (unsealed != null) {
                    recount.unsealed(unsealed.getList("options", String.class),
                                     unsealed.getList("reasons", String.class));
                }
            } else {
                ballots.find(eq("motionId", event.motionId().value()))
                       .forEach(ballot -> recount.ballot(ballot.getString("option"), ballot.getString("reason")));
            }
            Method method = Method.valueOf(motion.getString("method"));
            motion.append("status", MotionStatus.CLOSED.name())
                  .append("counted", ResultDocuments.tally(recount.tally()))
                  .append("result", ResultDocuments.result(event, method, recount.options(), position))
                  .append("agrees", recount.tally().equals(event.tally()));
        });
    }

    /**
     * A unit's ballot is its first voter's latest: under one vote per household the first member to vote holds the
     * household's vote (the representative, where only they may vote), and a ballot of another member, which the
     * motion refuses, would not count here either.
     */
    private void ballot(MotionId motionId, PersonId voter, HouseholdId household, String option, String reason,
                        long position) {
        Document motion = motion(motionId);
        if (motion == null || positionOf(motion) >= position
            || MotionStatus.valueOf(motion.getString("status")) == MotionStatus.CLOSED) {
            return;
        }
        String unit = VotingUnits.key(VotingUnit.valueOf(motion.getString("unit")), voter, household);
        String id = motionId.value() + "/" + unit;
        Document stored = ballots.find(eq("_id", id)).first();
        boolean firstOfUnit = stored == null || stored.get("first", Number.class).longValue() == position;
        if (stored != null && !stored.getString("voter").equals(voter.value())) {
            motion.put("position", position);
            motions.replaceOne(eq("_id", motionId.value()), motion, BatchWrites.replace());
            return;
        }
        Document ballot = new Document("_id", id).append("motionId", motionId.value()).append("unit", unit)
                                                 .append("voter", voter.value()).append("option", option)
                                                 .append("reason", reason)
                                                 .append("first", stored == null ? position : stored.get("first"))
                                                 .append("position", position);
        ballots.replaceOne(eq("_id", id), ballot, BatchWrites.upsert());
        if (firstOfUnit) {
            motion.put("tookPart", motion.getInteger("tookPart") + 1);
        }
        motion.put("position", position);
        motions.replaceOne(eq("_id", motionId.value()), motion, BatchWrites.replace());
    }

    private void change(MotionId motionId, long position, Consumer<Document> change) {
        Document motion = motion(motionId);
        if (motion == null || positionOf(motion) >= position) {
            return;
        }
        change.accept(motion);
        motion.put("position", position);
        motions.replaceOne(eq("_id", motionId.value()), motion, BatchWrites.replace());
    }

    @ResetHandler
    void reset() {
        motions.deleteMany(new Document());
        ballots.deleteMany(new Document());
    }

    @QueryHandler
    Optional<MotionTally> handle(FindTally query) {
        return Optional.ofNullable(motions.find(eq("_id", query.motionId())).first()).map(TallyProjection::tally);
    }

    private static MotionTally tally(Document motion) {
        return new MotionTally(motion.getString("_id"), motion.getString("communityId"), motion.getString("sessionId"),
                               motion.getString("itemId"), motion.getString("proposalId"),
                               motion.getString("question"), Method.valueOf(motion.getString("method")),
                               ResultDocuments.options(motion.get("options", Document.class)),
                               Secrecy.valueOf(motion.getString("secrecy")),
                               VotingUnit.valueOf(motion.getString("unit")),
                               MotionStatus.valueOf(motion.getString("status")), motion.getInteger("eligible"),
                               motion.getInteger("tookPart"),
                               ResultDocuments.tally(motion.get("counted", Document.class)),
                               ResultDocuments.result(motion.get("result", Document.class)),
                               motion.getBoolean("agrees"), positionOf(motion));
    }

    private Document motion(MotionId motionId) {
        return motions.find(eq("_id", motionId.value())).first();
    }

    private static long positionOf(Document document) {
        return document.get("position", Number.class).longValue();
    }
}
