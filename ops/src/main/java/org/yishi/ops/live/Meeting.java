package org.yishi.ops.live;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * What the load program believes the room looks like, so that it sends what people there would: residents arrive
 * and check in (by the join code or online), ask for the floor, now and then withdraw, record and change their
 * positions, leave and come back; the moderator gives the floor to the first in line (sometimes to someone else,
 * with a reason) and ends each turn after a few seconds. The belief follows only commands the application
 * accepted, and nobody has two commands in flight, so it stays true to the board.
 */
final class Meeting {

    /**
     * One command to send: who sends it, whom else it concerns (null if nobody; they send nothing meanwhile), what it
     * is called in the report, and the request.
     */
    record Command(String actor, String subject, String kind, String method, String path, String json,
                   Runnable accepted) {

        Command(String actor, String kind, String method, String path, String json, Runnable accepted) {
            this(actor, null, kind, method, path, json, accepted);
        }
    }

    private static final String[] REASONS = {
            "晚上九点后应该停音乐 music should stop after nine",
            "老人需要锻炼的地方 the elderly need a place to exercise",
            "可以换到篮球场 move it to the basketball court",
            "音量限制要有人管 someone has to enforce the volume limit",
            "孩子要写作业 children need quiet for homework",
            "", "同意楼上 agree with the above", "先试行一个月 try it for a month first"};
    private static final String[] STANCES = {"SUPPORT", "OPPOSE", "CONCERN"};
    private static final long MIN_TURN_NANOS = 2_000_000_000L;
    private static final long TURN_SPREAD_NANOS = 4_000_000_000L;
    private static final long PAUSE_BETWEEN_TURNS_NANOS = 500_000_000L;

    private final DeliberationDay day;
    private final String moderator;
    private final List<String> residents;
    private final Random random;
    private final Set<String> checkedIn = new HashSet<>();
    private final LinkedHashSet<String> waiting = new LinkedHashSet<>();
    private final Set<String> busy = new HashSet<>();
    private String speaker;
    private long turnEndsAtNanos;
    private long lastTurnEndedNanos;

    Meeting(DeliberationDay day, String moderator, List<String> residents, long seed) {
        this.day = day;
        this.moderator = moderator;
        this.residents = List.copyOf(residents);
        this.random = new Random(seed);
    }

    /** The next command someone in the room would send now, or null if everyone is waiting for an answer. */
    synchronized Command next(long nowNanos) {
        Command moderating = moderatorCommand(nowNanos);
        if (moderating != null) {
            return claim(moderating);
        }
        for (int attempt = 0; attempt < residents.size(); attempt++) {
            String resident = residents.get(random.nextInt(residents.size()));
            if (!busy.contains(resident)) {
                return claim(residentCommand(resident));
            }
        }
        return null;
    }

    /** The command was answered, accepted or not: its sender may send again. */
    synchronized void answered(Command command) {
        busy.remove(command.actor());
        if (command.subject() != null) {
            busy.remove(command.subject());
        }
    }

    private Command claim(Command command) {
        busy.add(command.actor());
        if (command.subject() != null) {
            busy.add(command.subject());
        }
        return command;
    }

    private Command moderatorCommand(long nowNanos) {
        if (busy.contains(moderator)) {
            return null;
        }
        if (speaker != null && nowNanos >= turnEndsAtNanos) {
            String ending = speaker;
            return new Command(moderator, "end turn", "POST", day.path("/floor/end"), null, () -> {
                if (ending.equals(speaker)) {
                    speaker = null;
                    lastTurnEndedNanos = nowNanos;
                }
            });
        }
        if (speaker == null && !waiting.isEmpty() && nowNanos - lastTurnEndedNanos >= PAUSE_BETWEEN_TURNS_NANOS) {
            List<String> inLine = new ArrayList<>(waiting);
            String first = inLine.get(0);
            List<String> others = inLine.subList(1, inLine.size()).stream().filter(p -> !busy.contains(p)).toList();
            boolean outOfOrder = !others.isEmpty() && random.nextInt(10) == 0;
            if (!outOfOrder && busy.contains(first)) {
                return null;
            }
            String next = outOfOrder ? others.get(random.nextInt(others.size())) : first;
            String reason = outOfOrder ? ",\"reason\":\"回应上一位发言 answering the last speaker\"" : "";
            long turnNanos = MIN_TURN_NANOS + (long) (random.nextDouble() * TURN_SPREAD_NANOS);
            return new Command(moderator, next, outOfOrder ? "give floor (out of order)" : "give floor", "POST",
                               day.path("/floor/give"),
                               "{\"speakerId\":\"" + WebUser.personIdOf(next) + "\"" + reason + "}", () -> {
                waiting.remove(next);
                speaker = next;
                turnEndsAtNanos = nowNanos + turnNanos;
            });
        }
        return null;
    }

    private Command residentCommand(String resident) {
        if (!checkedIn.contains(resident)) {
            boolean inRoom = random.nextBoolean();
            return new Command(resident, inRoom ? "check in (code)" : "check in (online)", "POST",
                               day.path("/check-in"), inRoom ? "{\"code\":\"" + day.joinCode() + "\"}" : "{}",
                               () -> checkedIn.add(resident));
        }
        boolean onTheFloor = resident.equals(speaker);
        boolean inLine = waiting.contains(resident);
        int roll = random.nextInt(100);
        if (roll < 55 || onTheFloor) {
            String stance = STANCES[random.nextInt(STANCES.length)];
            String reason = REASONS[random.nextInt(REASONS.length)];
            return new Command(resident, "record position", "PUT", day.path("/position"),
                               "{\"stance\":\"" + stance + "\",\"reason\":\"" + reason + "\"}", () -> {
            });
        }
        if (!inLine) {
            if (roll < 95) {
                return new Command(resident, "ask for the floor", "POST", day.path("/floor"), null,
                                   () -> waiting.add(resident));
            }
            return new Command(resident, "leave", "POST", day.path("/leave"), null, () -> checkedIn.remove(resident));
        }
        if (roll < 65) {
            return new Command(resident, "withdraw", "DELETE", day.path("/floor"), null,
                               () -> waiting.remove(resident));
        }
        String stance = STANCES[random.nextInt(STANCES.length)];
        return new Command(resident, "record position", "PUT", day.path("/position"),
                           "{\"stance\":\"" + stance + "\",\"reason\":\"\"}", () -> {
        });
    }

    /** Runs a command's effect on the belief once the application accepted it. */
    synchronized void accepted(Command command) {
        command.accepted().run();
    }
}
