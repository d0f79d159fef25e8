package org.yishi.web.decision;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.decision.Visibility;
import org.yishi.query.api.archive.Archive;
import org.yishi.query.api.archive.FindArchive;
import org.yishi.query.api.decisions.CommitteeQueue;
import org.yishi.query.api.decisions.DecisionPage;
import org.yishi.query.api.decisions.FindCommitteeQueue;
import org.yishi.query.api.decisions.FindDecision;
import org.yishi.query.api.decisions.FindOverdueActions;
import org.yishi.query.api.decisions.FindReviewQueue;
import org.yishi.query.api.decisions.OverdueActions;
import org.yishi.query.api.decisions.ReviewQueue;
import org.yishi.query.api.notifications.FindNotifications;
import org.yishi.query.api.notifications.Inbox;
import org.yishi.web.community.Membership;
import org.yishi.web.records.AgreementRecords;
import org.yishi.web.signin.YishiUser;

import org.yishi.query.api.motions.FindTally;
import org.yishi.query.api.motions.MotionResult;
import org.yishi.query.api.motions.MotionTally;
import org.yishi.web.pages.Csv;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The decision API's reads: a decision's page and its export with the provenance, the party secretary's review
 * queue and the committee's, a community's overdue follow-up actions, and one's own notifications. They come from
 * projections and may lag a command by a moment; who may read what is {@link ReadingRule}'s.
 */
@RestController
class DecisionReads {

    /** Whether an action is overdue is a matter of the community's calendar. */
    static final ZoneId COMMUNITY_ZONE = ZoneId.of("Asia/Shanghai");

    private final QueryGateway queries;
    private final Membership membership;
    private final Clock clock;
    private final AgreementRecords records;

    DecisionReads(QueryGateway queries, Membership membership, Clock clock, AgreementRecords records) {
        this.queries = queries;
        this.membership = membership;
        this.clock = clock;
        this.records = records;
    }

    /** The export: the page's fields as they are, and the fingerprint of the records behind it. */
    record DecisionExport(@JsonUnwrapped DecisionPage page, AgreementRecords.Fingerprint fingerprint) {
    }

    /** Open without a sign-in (the security rules let it through), for a decision published to everyone. */
    @GetMapping("/api/decisions/{id}")
    DecisionPage decision(@PathVariable String id, @AuthenticationPrincipal YishiUser user) {
        PersonId viewer = user == null ? null : user.personId();
        return readable(id, viewer, viewer);
    }

    /**
     * The decision with its whole provenance as a file to keep, for whoever may read it (the security rules let it
     * through without a sign-in, like the page). It is the same for every reader: nobody's own rating is marked.
     */
    @GetMapping(path = "/decisions/{id}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DecisionExport> export(@PathVariable String id, @AuthenticationPrincipal YishiUser user) {
        DecisionPage page = readable(id, user == null ? null : user.personId(), null);
        DecisionExport export = new DecisionExport(page, records.fingerprint(page));
        return ResponseEntity.ok()
                             .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                     .filename("decision-" + id + ".json", StandardCharsets.UTF_8).build()
                                     .toString())
                             .body(export);
    }

    /** The page as {@code marked} sees their own rating on it, if {@code viewer} may read it. */
    private DecisionPage readable(String id, PersonId viewer, PersonId marked) {
        DecisionPage page = queries.query(new FindDecision(id, marked == null ? null : marked.value(), today()),
                                          ResponseTypes.optionalInstanceOf(DecisionPage.class)).join()
                                   .orElseThrow(() -> new AggregateNotFoundException(id, "No decision " + id));
        if (!ReadingRule.mayRead(page.status(), page.visibility(), membership.roles(page.communityId(), viewer))) {
            throw notAReader();
        }
        return page;
    }

    @GetMapping("/api/communities/{communityId}/review-queue")
    ReviewQueue reviewQueue(@PathVariable String communityId, @AuthenticationPrincipal YishiUser user) {
        requireQueueReader(communityId, user);
        return queries.query(new FindReviewQueue(communityId), ReviewQueue.class).join();
    }

    @GetMapping("/api/communities/{communityId}/committee-queue")
    CommitteeQueue committeeQueue(@PathVariable String communityId, @AuthenticationPrincipal YishiUser user) {
        requireQueueReader(communityId, user);
        return queries.query(new FindCommitteeQueue(communityId), CommitteeQueue.class).join();
    }

    /** Members see every overdue action; anyone else only those of decisions published to everyone. */
    @GetMapping("/api/communities/{communityId}/overdue-actions")
    OverdueActions overdueActions(@PathVariable String communityId, @AuthenticationPrincipal YishiUser user) {
        OverdueActions all = queries.query(new FindOverdueActions(communityId, today()), OverdueActions.class).join();
        if (membership.isMember(communityId, user.personId())) {
            return all;
        }
        return new OverdueActions(all.actions().stream().filter(action -> action.visibility() == Visibility.PUBLIC)
                                     .toList(), all.position());
    }

    /** Open without a sign-in: a stranger, or anyone outside the community, gets the decisions published to all. */
    @GetMapping("/api/communities/{communityId}/archive")
    Archive archive(@PathVariable String communityId, @AuthenticationPrincipal YishiUser user) {
        boolean member = membership.isMember(communityId, user == null ? null : user.personId());
        return queries.query(new FindArchive(communityId, !member), Archive.class).join();
    }

    /**
     * The community's published decisions with the tally of the vote behind each (if any), as a CSV file; open without
     * a sign-in, with the archive's reading rule. Counts are given per option, with the rule and the computation as
     * the motion recorded them when it closed.
     */
    @GetMapping(path = "/communities/{communityId}/archive.csv", produces = "text/csv")
    ResponseEntity<String> archiveCsv(@PathVariable String communityId, @AuthenticationPrincipal YishiUser user,
                                      Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        boolean member = membership.isMember(communityId, user == null ? null : user.personId());
        Archive archive = queries.query(new FindArchive(communityId, !member), Archive.class).join();
        StringBuilder csv = new StringBuilder("\uFEFF");
        Csv.row(csv, en ? new String[] {"decision", "title", "published", "visibility", "source", "proposal", "session",
                                        "motion", "outcome", "eligible", "ballots", "counts", "computation", "rule set"}
                        : new String[] {"决议", "标题", "公布日期", "公布范围", "来源", "议题", "会议", "表决", "表决结果",
                                        "应参加", "实际参加", "各选项票数", "计算", "规则"});
        for (Archive.Entry decision : archive.decisions()) {
            Optional<MotionTally> tally = decision.motionId() == null ? Optional.empty()
                    : queries.query(new FindTally(decision.motionId()),
                                    ResponseTypes.optionalInstanceOf(MotionTally.class)).join();
            MotionResult result = tally.map(MotionTally::result).orElse(null);
            Csv.row(csv, decision.decisionId(), decision.title(),
                    decision.publishedAt().atZone(COMMUNITY_ZONE).toLocalDate().toString(),
                    en ? decision.visibility().english() : decision.visibility().chinese(),
                    en ? decision.source().english() : decision.source().chinese(),
                    Objects.toString(decision.proposalId(), ""), Objects.toString(decision.sessionId(), ""),
                    Objects.toString(decision.motionId(), ""),
                    result == null ? "" : en ? result.outcome().english() : result.outcome().chinese(),
                    result == null ? "" : Integer.toString(result.tally().eligible()),
                    result == null ? "" : Integer.toString(result.tally().ballots()),
                    result == null ? "" : counts(result.tally().counts()),
                    result == null ? "" : en ? result.explanation().english() : result.explanation().chinese(),
                    result == null ? "" : result.ruleSet().kind() + " v" + result.ruleSet().version());
        }
        return ResponseEntity.ok()
                             .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                             .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                     .filename("decisions-" + communityId + ".csv", StandardCharsets.UTF_8).build()
                                     .toString())
                             .body(csv.toString());
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                     .collect(Collectors.joining("; "));
    }

    @GetMapping("/api/me/notifications")
    Inbox notifications(@AuthenticationPrincipal YishiUser user) {
        return queries.query(new FindNotifications(user.personId().value()), Inbox.class).join();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(COMMUNITY_ZONE));
    }

    private void requireQueueReader(String communityId, YishiUser user) {
        if (!ReadingRule.mayReadQueues(membership.roles(communityId, user.personId()))) {
            throw new Unauthorized("只有社区党委书记和议事委员可以查看审核队列",
                                   "Only the party secretary and the committee may see the review queue");
        }
    }

    static Unauthorized notAReader() {
        return new Unauthorized("您无权查看这项决议：未公布的决议只有议事委员和党委书记可以查看，向本社区公布的决议只有本社区成员可以查看",
                                "You may not read this decision: a draft is for the committee and the party "
                                + "secretary, one published to the community for its members");
    }
}
