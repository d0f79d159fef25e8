package org.yishi.query.proposaldetail;

import org.bson.Document;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.Destination;
import org.yishi.query.api.proposals.HistoryEntry;
import org.yishi.query.api.proposals.Person;
import org.yishi.query.api.proposals.ProposalDetail;
import org.yishi.query.api.proposals.ProposalStatus;
import org.yishi.query.api.proposals.ProposalText;
import org.yishi.query.api.proposals.Step;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/** Reads a stored detail document back into the view, naming each person as their community registered them. */
record DetailReader(UnaryOperator<String> nameOf) {

    static Document text(String title, String description, Category category, String location) {
        return new Document("title", title).append("description", description).append("category", category.name())
                                           .append("location", location);
    }

    ProposalDetail detail(Document detail) {
        return new ProposalDetail(detail.getString("_id"), detail.getString("communityId"),
                                  text(detail.get("text", Document.class)),
                                  ProposalStatus.valueOf(detail.getString("status")),
                                  person(detail.get("proposer", Document.class)),
                                  people(detail.getList("coSigners", Document.class)),
                                  detail.getDate("submittedAt").toInstant(), detail.getString("declineReason"),
                                  detail.getString("mergedInto"), detail.getString("fromNeedId"),
                                  detail.getList("history", Document.class).stream().map(this::entry).toList(),
                                  detail.get("position", Number.class).longValue());
    }

    private HistoryEntry entry(Document entry) {
        String destination = entry.getString("destination");
        String plannedDate = entry.getString("plannedDate");
        List<Document> people = entry.getList("people", Document.class);
        return new HistoryEntry(Step.valueOf(entry.getString("step")), person(entry.get("by", Document.class)),
                                entry.getDate("at").toInstant(), entry.get("position", Number.class).longValue(),
                                text(entry.get("before", Document.class)), text(entry.get("after", Document.class)),
                                entry.getString("reason"),
                                destination == null ? null : Destination.valueOf(destination),
                                plannedDate == null ? null : LocalDate.parse(plannedDate), entry.getString("note"),
                                entry.getString("otherProposalId"), people == null ? null : people(people));
    }

    private static ProposalText text(Document text) {
        return text == null ? null : new ProposalText(text.getString("title"), text.getString("description"),
                                                      Category.valueOf(text.getString("category")),
                                                      text.getString("location"));
    }

    private List<Person> people(List<Document> people) {
        return people.stream().map(this::person).toList();
    }

    private Person person(Document person) {
        String id = person.getString("personId");
        return new Person(id, nameOf.apply(id));
    }
}
