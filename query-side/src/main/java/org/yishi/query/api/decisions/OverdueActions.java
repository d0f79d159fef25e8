package org.yishi.query.api.decisions;

import org.yishi.command.api.decision.Visibility;
import org.yishi.query.api.proposals.Person;

import java.time.LocalDate;
import java.util.List;

/** The answer to {@link FindOverdueActions}. */
public record OverdueActions(List<Entry> actions, long position) {

    /**
     * One overdue action, with its decision's title and visibility, how many days late it is, and the latest progress
     * report (null if none).
     */
    public record Entry(String decisionId, String decisionTitle, Visibility visibility, String actionId,
                        String description, String responsible, Person reporter, LocalDate due, long daysOverdue,
                        String latestProgress, long position) {
    }
}
