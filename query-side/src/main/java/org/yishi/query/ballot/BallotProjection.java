package org.yishi.query.ballot;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOneModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.yishi.command.api.EventMetadata;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.motion.BallotCast;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.MotionOpened;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.api.motion.VoteRecorded;
import org.yishi.command.api.motion.Voter;
import org.yishi.command.api.motion.VotingUnit;
import org.yishi.command.api.session.HouseholdBallot;
import org.yishi.query.api.motions.Ballot;
import org.yishi.query.api.motions.FindBallot;
import org.yishi.query.api.motions.MotionStatus;
import org.yishi.query.motionrules.MotionWording;
import org.yishi.query.motionrules.ResultDocuments;
import org.yishi.query.views.BatchWrites;

import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.eq;

/**
 * The vote on a resident's phone. A motion's document holds what the voter reads (question, options, rules, status,
 * result); each person on the roll has a document of their own ({@code motion/person}: household, whether they are
 * its representative, whether and how they voted), and each household that took part one that names who cast its
 * vote, so that a ballot rewrites one small document and a phone reads three by id. Each document keeps the position
 * of the newest event it reflects; a motion's events come in position order, so a replay changes nothing.
 */
@ProcessingGroup(BallotProjection.GROUP)
public class BallotProjection {

    public static final String GROUP = "motion-ballot";

    private final MongoCollection<Document> motions;
    private final MongoCollection<Document> voters;
    private final MongoCollection<Document> households;

    public BallotProjection(MongoDatabase database) {
        this.motions = database.getCollection("view_ballot_motions");
        this.voters = database.getCollection("view_ballot_voters");
        this.households = database.getCollection("view_ballot_households");
    }

    /** The roll is written before the motion, so that a motion that shows always has its roll. */
    @EventHandler
    void on(MotionOpened event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        Document existing = motions.find(eq("_id", event.motionId().value())).first();
        if (existing != null && positionOf(existing) >= position) {
            return;
        }
        List<ReplaceOneModel<Document>> roll = event.electorate().voters().stream()
                                                    .map(voter -> rollEntry(event.motionId(), voter, event.unit(),
                                                                            position))
                                                    .toList();
        if (!roll.isEmpty()) {
            voters.bulkWrite(roll, BatchWrites.bulk());
        }
        Document motion = new Document("_id", event.motionId().value())
                .append("communityId", event.communityId().value())
                .append("sessionId", event.sessionId() == null ? null : event.sessionId().value())
                .append("question", event.question())
                .append("method", event.method().name())
                .append("options", ResultDocuments.options(event.options()))
                .append("secrecy", event.secrecy().name())
                .append("unit", event.unit().name())
                .append("householdBallot", event.unit() == VotingUnit.HOUSEHOLD && event.householdBallot() != null
                                           ? event.householdBallot().name() : null)
                .append("changeable", event.changeable())
                .append("closesAt", event.closesAt() == null ? null : Date.from(event.closesAt()))
                .append("rules", ResultDocuments.wordings(MotionWording.rules(event)))
                .append("status", MotionStatus.OPEN.name())
                .append("result", null)
                .append("position", position);
        motions.replaceOne(eq("_id", motion.get("_id")), motion, BatchWrites.upsert());
    }

    /**
     * {@code household} is set only when the voter's ballot is their household's: under one vote per household, for
     * a resident of a household (someone voting for a stakeholder group is a unit alone).
     */
    private static ReplaceOneModel<Document> rollEntry(MotionId motion, Voter voter, VotingUnit unit, long position) {
        String id = motion.value() + "/" + voter.person().value();
        boolean byHousehold = unit == VotingUnit.HOUSEHOLD && voter.household() != null
                              && voter.stakeholderGroup() == null;
        Document entry = new Document("_id", id)
                .append("household", byHousehold ? voter.household().value() : null)
                .append("representative", voter.householdRepresentative())
                .append("voted", false)
                .append("option", null)
                .append("reason", null)
                .append("position", position);
        return new ReplaceOneModel<>(eq("_id", id), entry, BatchWrites.upsert());
    }

    @EventHandler
    void on(BallotCast event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        voted(event.motionId(), event.voter(), event.option(), event.reason(), position);
    }

    /** A secret ballot's content is sealed: the phone knows only that its voter voted. */
    @EventHandler
    void on(VoteRecorded event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        voted(event.motionId(), event.voter(), null, null, position);
    }

    private void voted(MotionId motionId, PersonId voter, String option, String reason, long position) {
        Document motion = motions.find(eq("_id", motionId.value())).first();
        Document entry = voters.find(eq("_id", motionId.value() + "/" + voter.value())).first();
        if (motion == null || entry == null || positionOf(entry) >= position) {
            return;
        }
        boolean named = Secrecy.valueOf(motion.getString("secrecy")) == Secrecy.NAMED;
        String household = entry.getString("household");
        if (household != null) {
            String id = motionId.value() + "/" + household;
            Document holder = households.find(eq("_id", id)).first();
            if (holder == null) {
                households.replaceOne(eq("_id", id), new Document("_id", id).append("voter", voter.value())
                                                                           .append("position", position),
                                      BatchWrites.upsert());
            }
        }
        entry.append("voted", true).append("option", named ? option : null).append("reason", named ? reason : null)
             .append("position", position);
        voters.replaceOne(eq("_id", entry.get("_id")), entry, BatchWrites.replace());
    }

    @EventHandler
    void on(MotionClosed event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        Document motion = motions.find(eq("_id", event.motionId().value())).first();
        if (motion == null || positionOf(motion) >= position) {
            return;
        }
        motion.append("status", MotionStatus.CLOSED.name())
              .append("result", ResultDocuments.result(event, Method.valueOf(motion.getString("method")),
                                                       ResultDocuments.options(motion.get("options", Document.class)),
                                                       position))
              .append("position", position);
        motions.replaceOne(eq("_id", motion.get("_id")), motion, BatchWrites.replace());
    }

    @ResetHandler
    void reset() {
        motions.deleteMany(new Document());
        voters.deleteMany(new Document());
        households.deleteMany(new Document());
    }

    @QueryHandler
    Optional<Ballot> handle(FindBallot query) {
        Document motion = motions.find(eq("_id", query.motionId())).first();
        if (motion == null) {
            return Optional.empty();
        }
        Document entry = query.personId() == null ? null
                         : voters.find(eq("_id", query.motionId() + "/" + query.personId())).first();
        VotingUnit unit = VotingUnit.valueOf(motion.getString("unit"));
        String household = entry == null ? null : entry.getString("household");
        Document holder = unit == VotingUnit.HOUSEHOLD && household != null
                          ? households.find(eq("_id", query.motionId() + "/" + household)).first() : null;
        String rule = motion.getString("householdBallot");
        HouseholdBallot householdBallot = rule == null ? null : HouseholdBallot.valueOf(rule);
        MotionStatus status = MotionStatus.valueOf(motion.getString("status"));
        boolean voted = entry != null && entry.getBoolean("voted");
        boolean mayVote = status == MotionStatus.OPEN && entry != null
                          && mayCast(entry, holder, query.personId(), householdBallot)
                          && (!voted || motion.getBoolean("changeable"));
        long position = Stream.of(motion, entry, holder).filter(Objects::nonNull)
                              .mapToLong(BallotProjection::positionOf).max().orElseThrow();
        Date closesAt = motion.getDate("closesAt");
        return Optional.of(new Ballot(query.motionId(), motion.getString("communityId"), motion.getString("sessionId"),
                                      motion.getString("question"), Method.valueOf(motion.getString("method")),
                                      ResultDocuments.options(motion.get("options", Document.class)),
                                      Secrecy.valueOf(motion.getString("secrecy")), unit, householdBallot,
                                      motion.getBoolean("changeable"),
                                      closesAt == null ? null : closesAt.toInstant(),
                                      ResultDocuments.readWordings(motion.getList("rules", Document.class)), status,
                                      entry != null, voted, holder != null,
                                      entry == null ? null : entry.getString("option"),
                                      entry == null ? null : entry.getString("reason"), mayVote,
                                      ResultDocuments.result(motion.get("result", Document.class)), position));
    }

    /**
     * Whether this person's ballot can be the unit's: always for one vote per person or someone without a household;
     * under one vote per household, the representative where they vote, or anyone while nobody else cast the
     * household's first ballot.
     */
    private static boolean mayCast(Document entry, Document holder, String personId, HouseholdBallot rule) {
        if (rule == null || entry.getString("household") == null) {
            return true;
        }
        if (rule == HouseholdBallot.REPRESENTATIVE) {
            return entry.getBoolean("representative");
        }
        return holder == null || holder.getString("voter").equals(personId);
    }

    private static long positionOf(Document document) {
        return document.get("position", Number.class).longValue();
    }
}
