package org.yishi.query.conventionpage;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.yishi.command.api.EventMetadata;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.convention.AmendingStarted;
import org.yishi.command.api.convention.AmendmentAccepted;
import org.yishi.command.api.convention.AmendmentId;
import org.yishi.command.api.convention.AmendmentNeedsRebase;
import org.yishi.command.api.convention.AmendmentProposed;
import org.yishi.command.api.convention.AmendmentRebased;
import org.yishi.command.api.convention.AmendmentRejected;
import org.yishi.command.api.convention.AmendmentSupported;
import org.yishi.command.api.convention.AmendmentWithdrawn;
import org.yishi.command.api.convention.ClauseAdded;
import org.yishi.command.api.convention.ClauseCommented;
import org.yishi.command.api.convention.ClauseEdited;
import org.yishi.command.api.convention.ClauseId;
import org.yishi.command.api.convention.ClauseRemoved;
import org.yishi.command.api.convention.ClausesReordered;
import org.yishi.command.api.convention.ConventionAdopted;
import org.yishi.command.api.convention.ConventionApproved;
import org.yishi.command.api.convention.ConventionDrafted;
import org.yishi.command.api.convention.ConventionFiled;
import org.yishi.command.api.convention.ConventionHeadingRevised;
import org.yishi.command.api.convention.ConventionNotAdopted;
import org.yishi.command.api.convention.ConventionPublished;
import org.yishi.command.api.convention.ConventionPutToVote;
import org.yishi.command.api.convention.ConventionRepealed;
import org.yishi.command.api.convention.ConventionReturned;
import org.yishi.command.api.convention.ConventionStatus;
import org.yishi.command.api.convention.ConventionSubmittedForReview;
import org.yishi.command.api.convention.ConventionVoteNotOpened;
import org.yishi.command.api.convention.ObjectionAnswered;
import org.yishi.command.api.convention.ObjectionLodged;
import org.yishi.command.api.convention.PatrolCheckRecorded;
import org.yishi.command.api.convention.PublicNoticeEnded;
import org.yishi.command.api.convention.PublicNoticeStarted;
import org.yishi.command.api.convention.VotePurpose;
import org.yishi.query.api.conventions.ConventionList;
import org.yishi.query.api.conventions.ConventionPage;
import org.yishi.query.api.conventions.FindConvention;
import org.yishi.query.api.conventions.FindConventions;
import org.yishi.query.api.decisions.ReviewVerdict;
import org.yishi.query.personnames.PersonNames;
import org.yishi.query.views.PositionedDocuments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static com.mongodb.client.model.Filters.eq;

/**
 * A convention's page: one document per convention with its working text, comments, amendments, notice, objections,
 * votes, review rounds, versions, patrols and edit log, each entry with its event's global position. An event the
 * document already reflects is skipped, so a replay adds nothing twice.
 */
@ProcessingGroup(ConventionPageProjection.GROUP)
public class ConventionPageProjection {

    public static final String GROUP = "convention-page";

    private final MongoCollection<Document> view;
    private final PositionedDocuments positioned;
    private final PersonNames names;

    public ConventionPageProjection(MongoDatabase database) {
        this.view = database.getCollection("view_convention_page");
        this.positioned = new PositionedDocuments(view);
        this.names = new PersonNames(database, "view_convention_page_names");
    }

    @EventHandler
    void on(MemberRegistered event) {
        names.remember(event);
    }

    @EventHandler
    void on(ConventionDrafted event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.create(new Document("_id", event.conventionId().value())
                .append("communityId", event.communityId().value())
                .append("title", event.title()).append("preamble", event.preamble())
                .append("status", ConventionStatus.DRAFTING.name()).append("beforeVote", null)
                .append("reviewPurpose", null).append("inForce", 0).append("draftVersion", 1)
                .append("effectiveFrom", null).append("visibility", null)
                .append("stakeholderGroups", event.stakeholderGroups() == null ? List.of()
                        : event.stakeholderGroups().stream().map(Enum::name).sorted().toList())
                .append("origin", event.origin() == null ? null : event.origin().value())
                .append("clauses", new ArrayList<>()).append("comments", new ArrayList<>())
                .append("amendments", new ArrayList<>()).append("notice", null)
                .append("objections", new ArrayList<>()).append("votes", new ArrayList<>())
                .append("reviews", new ArrayList<>()).append("versions", new ArrayList<>())
                .append("patrols", new ArrayList<>()).append("edits", new ArrayList<>())
                .append("draftedBy", id(event.by())).append("draftedAt", date(event.at()))
                .append("changedAt", date(event.at())).append("position", position));
    }

    @EventHandler
    void on(ConventionHeadingRevised event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(event.conventionId().value(), position, event.at(), page -> {
            page.append("title", event.title()).append("preamble", event.preamble());
            edit(page, "标题或序言修改", "heading revised", null, event.reason(), null, event.by(), event.at(), position);
        });
    }

    @EventHandler
    void on(ClauseAdded event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(event.conventionId().value(), position, event.at(), page -> {
            List<Document> clauses = page.getList("clauses", Document.class);
            int at = Math.max(0, Math.min(event.position(), clauses.size()));
            clauses.add(at, new Document("clauseId", event.clauseId().value()).append("chapter", event.chapter())
                                                                              .append("text", event.text()));
            edit(page, "新增条款", "clause added", event.clauseId().value(), event.reason(), event.amendmentId(),
                 event.by(), event.at(), position);
        });
    }

    @EventHandler
    void on(ClauseEdited event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(event.conventionId().value(), position, event.at(), page -> {
            clause(page, event.clauseId()).ifPresent(clause -> clause.append("chapter", event.chapter())
                                                                      .append("text", event.text()));
            edit(page, "条款修改", "clause edited", event.clauseId().value(), event.reason(), event.amendmentId(),
                 event.by(), event.at(), position);
        });
    }

    @EventHandler
    void on(ClauseRemoved event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(event.conventionId().value(), position, event.at(), page -> {
            page.getList("clauses", Document.class)
                .removeIf(clause -> clause.getString("clauseId").equals(event.clauseId().value()));
            edit(page, "删除条款", "clause removed", event.clauseId().value(), event.reason(), event.amendmentId(),
                 event.by(), event.at(), position);
        });
    }

    @EventHandler
    void on(ClausesReordered event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(event.conventionId().value(), position, event.at(), page -> {
            List<String> order = event.order().stream().map(ClauseId::value).toList();
            page.getList("clauses", Document.class).sort((a, b) -> Integer.compare(
                    rank(order, a.getString("clauseId")), rank(order, b.getString("clauseId"))));
            edit(page, "条款重排", "clauses reordered", null, event.reason(), null, event.by(), event.at(), position);
        });
    }

    @EventHandler
    void on(ClauseCommented event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(event.conventionId().value(), position, event.at(), page -> page.getList("comments", Document.class)
                .add(new Document("commentId", event.commentId().value())
                             .append("clauseId", event.clauseId().value())
                             .append("replyTo", event.replyTo() == null ? null : event.replyTo().value())
                             .append("text", event.text()).append("by", id(event.by()))
                             .append("at", date(event.at())).append("position", position)));
    }

    @EventHandler
    void on(AmendmentProposed event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(event.conventionId().value(), position, event.at(), page -> page.getList("amendments", Document.class)
                .add(new Document("amendmentId", event.amendmentId().value()).append("kind", event.kind().name())
                             .append("clauseId", event.clauseId() == null ? null : event.clauseId().value())
                             .append("chapter", event.chapter()).append("text", event.text())
                             .append("rationale", event.rationale()).append("baseText", event.baseText())
                             .append("status", "OPEN").append("supporters", new ArrayList<>())
                             .append("reason", null).append("proposer", id(event.by()))
                             .append("proposedAt", date(event.at())).append("decidedAt", null)
                             .append("position", position)));
    }

    @EventHandler
    void on(AmendmentSupported event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        amendment(event.conventionId().value(), event.amendmentId(), position, event.at(), amendment -> {
            List<String> supporters = amendment.getList("supporters", String.class);
            if (!supporters.contains(event.by().value())) {
                supporters.add(event.by().value());
            }
        });
    }

    @EventHandler
    void on(AmendmentAccepted event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        amendment(event.conventionId().value(), event.amendmentId(), position, event.at(), amendment -> amendment
                .append("status", "ACCEPTED").append("decidedAt", date(event.at()))
                .append("clauseId", event.clauseId() == null ? amendment.getString("clauseId")
                        : event.clauseId().value()));
    }

    @EventHandler
    void on(AmendmentRejected event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        amendment(event.conventionId().value(), event.amendmentId(), position, event.at(), amendment -> amendment
                .append("status", "REJECTED").append("reason", event.reason()).append("decidedAt", date(event.at())));
    }

    @EventHandler
    void on(AmendmentWithdrawn event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        amendment(event.conventionId().value(), event.amendmentId(), position, event.at(), amendment -> amendment
                .append("status", "WITHDRAWN").append("decidedAt", date(event.at())));
    }

    @EventHandler
    void on(AmendmentNeedsRebase event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        amendment(event.conventionId().value(), event.amendmentId(), position, event.at(),
                  amendment -> amendment.append("status", "NEEDS_REBASE"));
    }

    @EventHandler
    void on(AmendmentRebased event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        amendment(event.conventionId().value(), event.amendmentId(), position, event.at(), amendment -> amendment
                .append("status", "OPEN").append("text", event.text()).append("rationale", event.rationale())
                .append("baseText", event.baseText()));
    }

    @EventHandler
    void on(PublicNoticeStarted event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(event.conventionId().value(), position, event.at(), page -> {
            page.append("status", ConventionStatus.ON_NOTICE.name()).append("objections", new ArrayList<>());
            page.append("notice", new Document("version", event.version()).append("startedAt", date(event.at()))
                                                                           .append("endsAt", date(event.endsAt()))
                                                                           .append("ended", false)
                                                                           .append("position", position));
        });
    }

    @EventHandler
    void on(PublicNoticeEnded event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(event.conventionId().value(), position, event.at(), page -> {
            page.append("status", ConventionStatus.NOTICE_ENDED.name());
            Document notice = page.get("notice", Document.class);
            if (notice != null) {
                notice.append("ended", true).append("position", position);
            }
        });
    }

    @EventHandler
    void on(ObjectionLodged event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(event.conventionId().value(), position, event.at(), page -> page.getList("objections", Document.class)
                .add(new Document("objectionId", event.objectionId().value())
                             .append("clauseId", event.clauseId() == null ? null : event.clauseId().value())
                             .append("text", event.text()).append("by", id(event.by()))
                             .append("at", date(event.at())).append("answer", null).append("answeredBy", null)
                             .append("answeredAt", null).append("position", position)));
    }

    @EventHandler
    void on(ObjectionAnswered event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(event.conventionId().value(), position, event.at(), page -> page.getList("objections", Document.class)
                .stream().filter(o -> o.getString("objectionId").equals(event.objectionId().value())).findFirst()
                .ifPresent(o -> o.append("answer", event.answer()).append("answeredBy", id(event.by()))
                                 .append("answeredAt", date(event.at())).append("position", position)));
    }

    @EventHandler
    void on(ConventionPutToVote event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(event.conventionId().value(), position, event.at(), page -> {
            page.append("beforeVote", page.getString("status")).append("status", ConventionStatus.AT_VOTE.name());
            page.getList("votes", Document.class).add(
                    new Document("motionId", event.motionId().value()).append("purpose", event.purpose().name())
                            .append("version", event.version())
                            .append("sessionId", event.sessionId() == null ? null : event.sessionId().value())
                            .append("closesAt", date(event.closesAt())).append("outcome", null)
                            .append("notOpened", null).append("at", date(event.at())).append("position", position));
        });
    }

    @EventHandler
    void on(ConventionVoteNotOpened event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(event.conventionId().value(), position, event.at(), page -> {
            if (page.getString("beforeVote") != null) {
                page.put("status", page.getString("beforeVote"));
            }
            vote(page, event.motionId().value(), position).ifPresent(
                    vote -> vote.append("notOpened", event.reasonChinese()));
        });
    }

    @EventHandler
    void on(ConventionAdopted event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(event.conventionId().value(), position, event.at(), page -> {
            page.put("status", ConventionStatus.ADOPTED.name());
            vote(page, event.motionId().value(), position).ifPresent(vote -> vote.append("outcome", "PASSED"));
        });
    }

    @EventHandler
    void on(ConventionNotAdopted event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(event.conventionId().value(), position, event.at(), page -> {
            page.put("status", (event.purpose() == VotePurpose.REPEAL ? ConventionStatus.PUBLISHED
                    : ConventionStatus.DRAFTING).name());
            vote(page, event.motionId().value(), position).ifPresent(
                    vote -> vote.append("outcome", event.outcome() == null ? null : event.outcome().name()));
        });
    }

    @EventHandler
    void on(ConventionSubmittedForReview event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(event.conventionId().value(), position, event.at(), page -> {
            page.append("status", ConventionStatus.IN_REVIEW.name()).append("reviewPurpose", event.purpose().name());
            page.getList("reviews", Document.class).add(
                    new Document("round", event.round()).append("purpose", event.purpose().name())
                            .append("version", event.version()).append("note", event.note())
                            .append("submittedBy", id(event.by())).append("submittedAt", date(event.at()))
                            .append("verdict", null).append("comments", null).append("reviewer", null)
                            .append("decidedAt", null).append("position", position));
        });
    }

    @EventHandler
    void on(ConventionApproved event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        verdict(event.conventionId().value(), event.round(), ReviewVerdict.APPROVED, event.comment(), event.by(),
                event.at(), position);
    }

    @EventHandler
    void on(ConventionReturned event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        verdict(event.conventionId().value(), event.round(), ReviewVerdict.RETURNED, event.comments(), event.by(),
                event.at(), position);
    }

    private void verdict(String conventionId, int round, ReviewVerdict verdict, String comments, PersonId by,
                         Instant at, long position) {
        change(conventionId, position, at, page -> {
            boolean repeal = VotePurpose.REPEAL.name().equals(page.getString("reviewPurpose"));
            ConventionStatus status = verdict == ReviewVerdict.APPROVED ? ConventionStatus.APPROVED
                    : repeal ? ConventionStatus.PUBLISHED : ConventionStatus.DRAFTING;
            page.put("status", status.name());
            page.getList("reviews", Document.class).stream().filter(r -> r.getInteger("round") == round).findFirst()
                .ifPresent(r -> r.append("verdict", verdict.name()).append("comments", comments)
                                 .append("reviewer", id(by)).append("decidedAt", date(at))
                                 .append("position", position));
        });
    }

    @EventHandler
    void on(ConventionPublished event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(event.conventionId().value(), position, event.at(), page -> {
            page.append("status", ConventionStatus.PUBLISHED.name()).append("inForce", event.version())
                .append("draftVersion", 0).append("title", event.title()).append("preamble", event.preamble())
                .append("effectiveFrom", event.effectiveFrom() == null ? null : event.effectiveFrom().toString())
                .append("visibility", event.visibility() == null ? null : event.visibility().name())
                .append("clauses", new ArrayList<>(event.clauses().stream()
                        .map(c -> new Document("clauseId", c.clauseId().value()).append("chapter", c.chapter())
                                                                                 .append("text", c.text()))
                        .toList()));
            page.getList("versions", Document.class).add(
                    new Document("version", event.version()).append("effectiveFrom", page.getString("effectiveFrom"))
                            .append("visibility", page.getString("visibility"))
                            .append("publishedAt", date(event.at())).append("publishedBy", id(event.by()))
                            .append("filing", null).append("repealedFrom", null).append("position", position));
        });
    }

    @EventHandler
    void on(ConventionFiled event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(event.conventionId().value(), position, event.at(), page -> version(page, event.version())
                .ifPresent(v -> v.append("filing", new Document("filedOn", event.filedOn().toString())
                        .append("office", event.office()).append("reference", event.reference())
                        .append("by", id(event.by())).append("position", position))));
    }

    @EventHandler
    void on(AmendingStarted event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(event.conventionId().value(), position, event.at(), page -> {
            page.append("status", ConventionStatus.DRAFTING.name()).append("draftVersion", event.version())
                .append("notice", null).append("objections", new ArrayList<>());
            edit(page, "开始修订", "amending started", null, event.reason(), null, event.by(), event.at(), position);
        });
    }

    @EventHandler
    void on(ConventionRepealed event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(event.conventionId().value(), position, event.at(), page -> {
            page.append("status", ConventionStatus.REPEALED.name()).append("draftVersion", 0);
            version(page, event.version()).ifPresent(v -> v.append("repealedFrom", event.effectiveFrom().toString()));
        });
    }

    @EventHandler
    void on(PatrolCheckRecorded event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(event.conventionId().value(), position, event.at(), page -> {
            List<Document> clauses = page.getList("clauses", Document.class);
            int number = 0;
            for (int i = 0; i < clauses.size(); i++) {
                if (clauses.get(i).getString("clauseId").equals(event.clauseId().value())) {
                    number = i + 1;
                }
            }
            page.getList("patrols", Document.class).add(
                    new Document("checkId", event.checkId().value()).append("clauseId", event.clauseId().value())
                            .append("clauseNumber", number).append("checkedOn", event.checkedOn().toString())
                            .append("observation", event.observation()).append("followUp", event.followUp())
                            .append("by", id(event.by())).append("at", date(event.at()))
                            .append("position", position));
        });
    }

    @QueryHandler
    Optional<ConventionPage> handle(FindConvention query) {
        return Optional.ofNullable(view.find(eq("_id", query.conventionId())).first())
                       .map(page -> PageReader.page(page, names));
    }

    @QueryHandler
    ConventionList handle(FindConventions query) {
        List<ConventionList.Entry> entries = new ArrayList<>();
        long newest = -1;
        for (Document page : view.find(eq("communityId", query.communityId()))) {
            newest = Math.max(newest, page.get("position", Number.class).longValue());
            boolean published = page.getInteger("inForce") > 0
                    || ConventionStatus.REPEALED.name().equals(page.getString("status"));
            if ((query.publishedOnly() || query.publicOnly()) && !published
                    || query.publicOnly() && !"PUBLIC".equals(page.getString("visibility"))) {
                continue;
            }
            entries.add(PageReader.entry(page));
        }
        entries.sort((a, b) -> b.changedAt().compareTo(a.changedAt()));
        return new ConventionList(List.copyOf(entries), newest);
    }

    @ResetHandler
    void reset() {
        view.deleteMany(new Document());
        names.forget();
    }

    private void change(String conventionId, long position, Instant at, Consumer<Document> change) {
        positioned.change(conventionId, position, page -> {
            change.accept(page);
            page.put("changedAt", date(at));
        });
    }

    private void amendment(String conventionId, AmendmentId amendmentId, long position, Instant at,
                           Consumer<Document> change) {
        change(conventionId, position, at, page -> page.getList("amendments", Document.class).stream()
                .filter(a -> a.getString("amendmentId").equals(amendmentId.value())).findFirst()
                .ifPresent(change));
    }

    private static Optional<Document> clause(Document page, ClauseId clauseId) {
        return page.getList("clauses", Document.class).stream()
                   .filter(clause -> clause.getString("clauseId").equals(clauseId.value())).findFirst();
    }

    private static Optional<Document> vote(Document page, String motionId, long position) {
        return page.getList("votes", Document.class).stream()
                   .filter(vote -> vote.getString("motionId").equals(motionId)).findFirst()
                   .map(vote -> vote.append("position", position));
    }

    private static Optional<Document> version(Document page, int version) {
        return page.getList("versions", Document.class).stream()
                   .filter(v -> v.getInteger("version") == version).findFirst();
    }

    private static void edit(Document page, String chinese, String english, String clauseId, String reason,
                             AmendmentId amendmentId, PersonId by, Instant at, long position) {
        page.getList("edits", Document.class).add(
                new Document("whatChinese", chinese).append("whatEnglish", english).append("clauseId", clauseId)
                        .append("reason", reason)
                        .append("amendmentId", amendmentId == null ? null : amendmentId.value())
                        .append("by", id(by)).append("at", date(at)).append("position", position));
    }

    private static int rank(List<String> order, String id) {
        int at = order.indexOf(id);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    private static String id(PersonId person) {
        return person == null ? null : person.value();
    }

    private static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }
}
