package org.yishi.query.tally;

import org.yishi.command.api.motion.MotionOption;
import org.yishi.command.api.motion.Tally;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the ballots that stand at the close: every option listed (0 included), each unit's ballot once, and the
 * reasons given with objections, sorted by text so that their order links no objection to its voter.
 */
final class Recount {

    private final List<MotionOption> options;
    private final int eligible;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<String> objections = new ArrayList<>();
    private int ballots;

    Recount(List<MotionOption> options, int eligible) {
        this.options = options;
        this.eligible = eligible;
        options.forEach(option -> counts.put(option.key(), 0));
    }

    void ballot(String option, String reason) {
        ballots++;
        counts.merge(option, 1, Integer::sum);
        if (MotionOption.OBJECT.equals(option) && reason != null && !reason.isBlank()) {
            objections.add(reason);
        }
    }

    void unsealed(List<String> contents, List<String> reasons) {
        contents.forEach(option -> {
            ballots++;
            counts.merge(option, 1, Integer::sum);
        });
        objections.addAll(reasons);
    }

    List<MotionOption> options() {
        return options;
    }

    Tally tally() {
        return new Tally(counts, ballots, eligible, objections.stream().sorted().toList());
    }
}
