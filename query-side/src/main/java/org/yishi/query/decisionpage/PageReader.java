package org.yishi.query.decisionpage;

import org.bson.Document;
import org.yishi.command.api.decision.DecisionSource;
import org.yishi.command.api.decision.DecisionStatus;
import org.yishi.command.api.decision.Visibility;
import org.yishi.query.api.decisions.DecisionPage;
import org.yishi.query.api.decisions.ReviewVerdict;
import org.yishi.query.api.proposals.Person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Reads a stored decision back into its page, naming each person as their community registered them. */
final class PageReader {

    private final UnaryOperator<String> nameOf;
    private final Map<String, String> names = new HashMap<>();

    PageReader(UnaryOperator<String> nameOf) {
        this.nameOf = nameOf;
    }

    /** {@code provenance} composes the decision's provenance from its links. */
    DecisionPage page(Document decision, String viewerId, LocalDate today,
                      Function<DecisionPage.Links, DecisionPage.Provenance> provenance) {
        String visibility = decision.getString("visibility");
        Document publication = decision.get("publication", Document.class);
        DecisionPage.Links links = new DecisionPage.Links(decision.getString("proposalId"),
                                                          decision.getString("sessionId"),
                                                          decision.getString("itemId"),
                                                          decision.getString("motionId"));
        return new DecisionPage(
                decision.getString("_id"), decision.getString("communityId"), decision.getString("title"),
                decision.getString("text"), DecisionStatus.valueOf(decision.getString("status")),
                visibility == null ? null : Visibility.valueOf(visibility),
                DecisionSource.valueOf(decision.getString("source")),
                links,
                person(decision.getString("recordedBy")), instant(decision, "recordedAt"),
                decision.getList("rounds", Document.class).stream().map(this::round).toList(),
                decision.getList("revisions", Document.class).stream().map(this::revision).toList(),
                publication == null ? null : new DecisionPage.Publication(
                        Visibility.valueOf(publication.getString("visibility")), person(publication.getString("by")),
                        instant(publication, "at"), position(publication)),
                decision.getList("actions", Document.class).stream().map(action -> action(action, today)).toList(),
                ratings(decision.getList("ratings", Document.class), viewerId), provenance.apply(links),
                position(decision));
    }

    private DecisionPage.ReviewRound round(Document round) {
        String verdict = round.getString("verdict");
        Number decided = round.get("decidedPosition", Number.class);
        return new DecisionPage.ReviewRound(round.getInteger("round"), round.getString("title"),
                                            round.getString("text"), round.getString("note"),
                                            person(round.getString("submittedBy")), instant(round, "submittedAt"),
                                            round.get("submittedPosition", Number.class).longValue(),
                                            verdict == null ? null : ReviewVerdict.valueOf(verdict),
                                            round.getString("comments"), person(round.getString("reviewer")),
                                            instant(round, "decidedAt"), decided == null ? null : decided.longValue());
    }

    private DecisionPage.Revision revision(Document revision) {
        return new DecisionPage.Revision(revision.getInteger("round"), revision.getString("title"),
                                         revision.getString("text"), revision.getString("reason"),
                                         person(revision.getString("by")), instant(revision, "at"),
                                         position(revision));
    }

    private DecisionPage.FollowUp action(Document action, LocalDate today) {
        String due = action.getString("due");
        LocalDate dueDate = due == null ? null : LocalDate.parse(due);
        Document completion = action.get("completion", Document.class);
        boolean overdue = completion == null && dueDate != null && today != null && dueDate.isBefore(today);
        return new DecisionPage.FollowUp(action.getString("actionId"), action.getString("description"),
                                         action.getString("responsible"), person(action.getString("reporter")),
                                         dueDate, overdue,
                                         action.getList("progress", Document.class).stream().map(this::report)
                                               .toList(),
                                         completion == null ? null : report(completion),
                                         action.getList("checks", Document.class).stream().map(this::check).toList(),
                                         person(action.getString("addedBy")), instant(action, "addedAt"),
                                         position(action));
    }

    private DecisionPage.Report report(Document report) {
        return new DecisionPage.Report(report.getString("text"), person(report.getString("by")),
                                       instant(report, "at"), position(report));
    }

    private DecisionPage.Check check(Document check) {
        return new DecisionPage.Check(check.getBoolean("satisfactory"), check.getString("finding"),
                                      person(check.getString("by")), instant(check, "at"), position(check));
    }

    private static DecisionPage.Ratings ratings(List<Document> ratings, String viewerId) {
        Double average = ratings.isEmpty() ? null
                         : ratings.stream().mapToInt(rating -> rating.getInteger("stars")).average().orElseThrow();
        DecisionPage.Rating mine = ratings.stream()
                                          .filter(rating -> rating.getString("rater").equals(viewerId))
                                          .findFirst().map(PageReader::rating).orElse(null);
        List<DecisionPage.Rating> comments = ratings.stream()
                                                    .filter(rating -> rating.getString("comment") != null
                                                                      && !rating.getString("comment").isBlank())
                                                    .map(PageReader::rating)
                                                    .sorted(Comparator.comparingLong(DecisionPage.Rating::position)
                                                                      .reversed())
                                                    .toList();
        return new DecisionPage.Ratings(ratings.size(), average, mine, comments);
    }

    private static DecisionPage.Rating rating(Document rating) {
        return new DecisionPage.Rating(rating.getInteger("stars"), rating.getString("comment"), instant(rating, "at"),
                                       position(rating));
    }

    Person person(String personId) {
        return personId == null ? null : new Person(personId, names.computeIfAbsent(personId, nameOf));
    }

    private static long position(Document document) {
        return document.get("position", Number.class).longValue();
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
