package org.yishi.command.motion;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.MotionOption;
import org.yishi.command.text.CommandText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The answers a ballot can give, fixed by the method: yes, no and (where allowed) abstain; consent or object; or the
 * options of a single-choice motion, 2 to 20 distinct labels keyed 1, 2, ... in their order.
 */
final class MotionOptions {

    static final int MIN_CHOICES = 2;
    static final int MAX_CHOICES = 20;
    static final int MAX_LABEL = 100;

    private MotionOptions() {
    }

    static List<MotionOption> of(Method method, List<String> labels, boolean abstainAllowed) {
        boolean labelled = labels != null && !labels.isEmpty();
        if (method != Method.SINGLE_CHOICE && labelled) {
            throw new Rejection("只有多选一表决可以自拟选项", "Only a single-choice vote lists its own options");
        }
        return switch (method) {
            case YES_NO_ABSTAIN -> abstainAllowed
                                   ? List.of(yes(), no(), new MotionOption(MotionOption.ABSTAIN, "弃权", "abstain"))
                                   : List.of(yes(), no());
            case CONSENT -> List.of(new MotionOption(MotionOption.CONSENT, "同意", "consent"),
                                    new MotionOption(MotionOption.OBJECT, "有异议", "object"));
            case SINGLE_CHOICE -> choices(labelled ? labels : List.of());
        };
    }

    private static MotionOption yes() {
        return new MotionOption(MotionOption.YES, "赞成", "yes");
    }

    private static MotionOption no() {
        return new MotionOption(MotionOption.NO, "反对", "no");
    }

    private static List<MotionOption> choices(List<String> labels) {
        if (labels.size() < MIN_CHOICES || labels.size() > MAX_CHOICES) {
            throw new Rejection("多选一表决须有" + MIN_CHOICES + "至" + MAX_CHOICES + "个选项",
                                "A single-choice vote has " + MIN_CHOICES + " to " + MAX_CHOICES + " options");
        }
        List<MotionOption> options = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String label : labels) {
            String text = CommandText.required(label, MAX_LABEL, "选项", "An option");
            if (!seen.add(text)) {
                throw new Rejection("选项不能重复：" + text, "The options must differ: " + text);
            }
            options.add(new MotionOption(String.valueOf(options.size() + 1), text, text));
        }
        return List.copyOf(options);
    }
}
