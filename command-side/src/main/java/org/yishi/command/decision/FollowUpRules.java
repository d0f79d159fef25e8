package org.yishi.command.decision;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.decision.ActionId;
import org.yishi.command.text.CommandText;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The follow-up actions of a published decision and what may be reported on them: each has a description of at
 * most 500 characters, a responsible party of at most 100 and a due date; progress and completion are reported only
 * while it is open, supervision checks at any time (a patrol after completion checks that it stays done).
 */
final class FollowUpRules {

    static final int MAX_DESCRIPTION = 500;
    static final int MAX_RESPONSIBLE = 100;
    static final int MAX_REPORT = 1000;

    /** What the rules need of an action: who reports for it (null: the committee only) and whether it is done. */
    record Action(PersonId reporter, boolean completed) {
    }

    record NewAction(String description, String responsible, LocalDate due) {
    }

    private final Map<ActionId, Action> actions = new HashMap<>();

    NewAction checkNew(ActionId actionId, String description, String responsible, LocalDate due) {
        CommandText.present(actionId, "跟进事项编号", "A follow-up action id");
        if (actions.containsKey(actionId)) {
            throw new Rejection("该跟进事项已存在", "This follow-up action exists already");
        }
        return new NewAction(CommandText.required(description, MAX_DESCRIPTION, "跟进事项内容", "A description"),
                             CommandText.required(responsible, MAX_RESPONSIBLE, "责任方", "The responsible party"),
                             CommandText.present(due, "完成期限", "A due date"));
    }

    /** Null for an action nobody reports for, and for an unknown one. */
    PersonId reporterOf(ActionId actionId) {
        Action action = actionId == null ? null : actions.get(actionId);
        return action == null ? null : action.reporter();
    }

    Action known(ActionId actionId) {
        Action action = actionId == null ? null : actions.get(actionId);
        if (action == null) {
            throw new Rejection("该决议没有这个跟进事项", "The decision has no such follow-up action");
        }
        return action;
    }

    Action open(ActionId actionId, String chineseDoing, String englishDone) {
        Action action = known(actionId);
        if (action.completed()) {
            throw new Rejection("该跟进事项已完成，不能再" + chineseDoing,
                                "The action is completed; it can no longer be " + englishDone);
        }
        return action;
    }

    static String report(String value) {
        return CommandText.required(value, MAX_REPORT, "进展情况", "A progress report");
    }

    static String completionNote(String value) {
        return CommandText.optional(value, MAX_REPORT, "完成说明", "A completion note");
    }

    static String finding(String value) {
        return CommandText.required(value, MAX_REPORT, "督查情况", "A finding");
    }

    void added(ActionId actionId, PersonId reporter) {
        actions.put(actionId, new Action(reporter, false));
    }

    void completed(ActionId actionId) {
        actions.computeIfPresent(actionId, (id, action) -> new Action(action.reporter(), true));
    }
}
