package org.yishi.query.conventionpage;

import org.bson.Document;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.convention.AmendmentKind;
import org.yishi.command.api.convention.ConventionStatus;
import org.yishi.command.api.convention.VotePurpose;
import org.yishi.command.api.decision.Visibility;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.query.api.conventions.ConventionList;
import org.yishi.query.api.conventions.ConventionPage;
import org.yishi.query.api.decisions.ReviewVerdict;
import org.yishi.query.api.proposals.Person;
import org.yishi.query.personnames.PersonNames;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Turns a stored convention page into its view, naming every person in one read of the community's names. */
final class PageReader {

    private PageReader() {
    }

    static ConventionPage page(Document page, PersonNames names) {
        Map<String, String> named = names.namesOf(new CommunityId(page.getString("communityId")), people(page));
        Function<String, Person> person = id -> id == null ? null : new Person(id, named.getOrDefault(id, id));
        List<Document> stored = page.getList("clauses", Document.class);
        List<ConventionPage.Clause> clauses = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            String clauseId = stored.get(i).getString("clauseId");
            List<ConventionPage.Comment> comments = page.getList("comments", Document.class).stream()
                    .filter(c -> clauseId.equals(c.getString("clauseId")))
                    .map(c -> new ConventionPage.Comment(c.getString("commentId"), c.getString("replyTo"),
                                                         c.getString("text"), person.apply(c.getString("by")),
                                                         instant(c, "at"), position(c))).toList();
            List<ConventionPage.Amendment> amendments = page.getList("amendments", Document.class).stream()
                    .filter(a -> !AmendmentKind.NEW_CLAUSE.name().equals(a.getString("kind"))
                            && clauseId.equals(a.getString("clauseId")))
                    .map(a -> amendment(a, person)).toList();
            clauses.add(new ConventionPage.Clause(clauseId, i + 1, stored.get(i).getString("chapter"),
                                                  stored.get(i).getString("text"), comments, amendments));
        }
        List<ConventionPage.Amendment> newClauses = page.getList("amendments", Document.class).stream()
                .filter(a -> AmendmentKind.NEW_CLAUSE.name().equals(a.getString("kind")))
                .map(a -> amendment(a, person)).toList();
        Document notice = page.get("notice", Document.class);
        Set<StakeholderGroup> groups = new LinkedHashSet<>();
        page.getList("stakeholderGroups", String.class).forEach(g -> groups.add(StakeholderGroup.valueOf(g)));
        return new ConventionPage(
                page.getString("_id"), page.getString("communityId"), page.getString("title"),
                page.getString("preamble"), ConventionStatus.valueOf(page.getString("status")),
                page.getInteger("inForce"), page.getInteger("draftVersion"), groups, page.getString("origin"),
                List.copyOf(clauses), newClauses,
                notice == null ? null : new ConventionPage.Notice(notice.getInteger("version"),
                                                                  instant(notice, "startedAt"),
                                                                  instant(notice, "endsAt"),
                                                                  notice.getBoolean("ended"), position(notice)),
                page.getList("objections", Document.class).stream().map(o -> new ConventionPage.Objection(
                        o.getString("objectionId"), o.getString("clauseId"), o.getString("text"),
                        person.apply(o.getString("by")), instant(o, "at"), o.getString("answer"),
                        person.apply(o.getString("answeredBy")), instant(o, "answeredAt"), position(o))).toList(),
                page.getList("votes", Document.class).stream().map(v -> new ConventionPage.VoteRound(
                        v.getString("motionId"), VotePurpose.valueOf(v.getString("purpose")),
                        v.getInteger("version"), v.getString("sessionId"), instant(v, "closesAt"),
                        v.getString("outcome") == null ? null : ResultOutcome.valueOf(v.getString("outcome")),
                        v.getString("notOpened"), instant(v, "at"), position(v))).toList(),
                page.getList("reviews", Document.class).stream().map(r -> new ConventionPage.ReviewRound(
                        r.getInteger("round"), VotePurpose.valueOf(r.getString("purpose")), r.getInteger("version"),
                        r.getString("note"), person.apply(r.getString("submittedBy")), instant(r, "submittedAt"),
                        r.getString("verdict") == null ? null : ReviewVerdict.valueOf(r.getString("verdict")),
                        r.getString("comments"), person.apply(r.getString("reviewer")), instant(r, "decidedAt"),
                        position(r))).toList(),
                page.getList("versions", Document.class).stream().map(v -> version(v, person)).toList(),
                page.getList("patrols", Document.class).stream().map(p -> new ConventionPage.PatrolCheck(
                        p.getString("checkId"), p.getString("clauseId"), p.getInteger("clauseNumber"),
                        date(p.getString("checkedOn")), p.getString("observation"), p.getString("followUp"),
                        person.apply(p.getString("by")), instant(p, "at"), position(p))).toList(),
                page.getList("edits", Document.class).stream().map(e -> new ConventionPage.Edit(
                        e.getString("whatChinese"), e.getString("whatEnglish"), e.getString("clauseId"),
                        e.getString("reason"), e.getString("amendmentId"), person.apply(e.getString("by")),
                        instant(e, "at"), position(e))).toList(),
                person.apply(page.getString("draftedBy")), instant(page, "draftedAt"), position(page));
    }

    static ConventionList.Entry entry(Document page) {
        String visibility = page.getString("visibility");
        return new ConventionList.Entry(page.getString("_id"), page.getString("communityId"),
                                        page.getString("title"), ConventionStatus.valueOf(page.getString("status")),
                                        page.getInteger("inForce"), date(page.getString("effectiveFrom")),
                                        visibility == null ? null : Visibility.valueOf(visibility),
                                        page.getList("clauses", Document.class).size(), instant(page, "changedAt"),
                                        position(page));
    }

    private static ConventionPage.Amendment amendment(Document a, Function<String, Person> person) {
        return new ConventionPage.Amendment(
                a.getString("amendmentId"), AmendmentKind.valueOf(a.getString("kind")), a.getString("clauseId"),
                a.getString("chapter"), a.getString("text"), a.getString("rationale"), a.getString("baseText"),
                a.getString("status"), a.getList("supporters", String.class).stream().map(person).toList(),
                a.getString("reason"), person.apply(a.getString("proposer")), instant(a, "proposedAt"),
                instant(a, "decidedAt"), position(a));
    }

    private static ConventionPage.Version version(Document v, Function<String, Person> person) {
        Document filing = v.get("filing", Document.class);
        String visibility = v.getString("visibility");
        return new ConventionPage.Version(
                v.getInteger("version"), date(v.getString("effectiveFrom")),
                visibility == null ? null : Visibility.valueOf(visibility), instant(v, "publishedAt"),
                person.apply(v.getString("publishedBy")),
                filing == null ? null : new ConventionPage.Filing(date(filing.getString("filedOn")),
                                                                  filing.getString("office"),
                                                                  filing.getString("reference"),
                                                                  person.apply(filing.getString("by")),
                                                                  position(filing)),
                date(v.getString("repealedFrom")), position(v));
    }

    private static Set<String> people(Document page) {
        Set<String> people = new HashSet<>();
        people.add(page.getString("draftedBy"));
        for (String list : List.of("comments", "objections", "reviews", "versions", "patrols", "edits", "amendments")) {
            for (Document entry : page.getList(list, Document.class)) {
                for (String key : List.of("by", "answeredBy", "submittedBy", "reviewer", "publishedBy", "proposer")) {
                    people.add(entry.getString(key));
                }
                if (entry.containsKey("supporters")) {
                    people.addAll(entry.getList("supporters", String.class));
                }
                Document filing = entry.get("filing", Document.class);
                if (filing != null) {
                    people.add(filing.getString("by"));
                }
            }
        }
        people.remove(null);
        return people;
    }

    private static Instant instant(Document document, String key) {
        Date date = document.getDate(key);
        return date == null ? null : date.toInstant();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static long position(Document document) {
        return document.get("position", Number.class).longValue();
    }
}
