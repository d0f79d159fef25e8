package org.yishi.ops.live;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingTest {

    private static final long LATER = 60_000_000_000L;
    private final DeliberationDay day = new DeliberationDay("s-1", "123456", "i-1");
    private final Meeting meeting = new Meeting(day, "moderator", List.of("resident01", "resident02", "resident03"),
                                                7);

    private Meeting.Command acceptedNext(long nowNanos) {
        Meeting.Command command = meeting.next(nowNanos);
        meeting.accepted(command);
        meeting.answered(command);
        return command;
    }

    @Test
    void everyResidentChecksInBeforeSendingAnythingElse() {
        Set<String> checkedIn = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            Meeting.Command command = acceptedNext(LATER + i);
            if (command.kind().startsWith("check in")) {
                checkedIn.add(command.actor());
            } else if (!command.actor().equals("moderator")) {
                assertThat(checkedIn).as(command.kind()).contains(command.actor());
            }
            if (command.kind().equals("leave")) {
                checkedIn.remove(command.actor());
            }
        }
    }

    @Test
    void nobodySendsAgainBeforeTheirCommandIsAnswered() {
        List<Meeting.Command> inFlight = new ArrayList<>();
        Meeting.Command command;
        while ((command = meeting.next(LATER)) != null) {
            inFlight.add(command);
        }

        assertThat(inFlight).extracting(Meeting.Command::actor).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(4);
        meeting.answered(inFlight.get(0));
        assertThat(meeting.next(LATER)).isNotNull();
    }

    @Test
    void theModeratorGivesTheFloorOnlyToSomeoneWhoAskedAndEndsTheTurnLater() {
        List<String> asked = new ArrayList<>();
        String speaker = null;
        boolean gaveAndEnded = false;
        for (int i = 0; i < 2_000 && !gaveAndEnded; i++) {
            Meeting.Command command = acceptedNext(LATER * (i + 1));
            switch (command.kind()) {
                case "ask for the floor" -> asked.add(command.actor());
                case "withdraw" -> asked.remove(command.actor());
                case "give floor" -> {
                    assertThat(command.json()).contains("\"speakerId\":\"demo-" + asked.get(0) + "\"")
                                              .doesNotContain("reason");
                    speaker = asked.remove(0);
                }
                case "give floor (out of order)" -> {
                    assertThat(command.json()).contains("reason");
                    speaker = command.subject();
                    asked.remove(speaker);
                }
                case "end turn" -> {
                    assertThat(speaker).isNotNull();
                    gaveAndEnded = true;
                }
                default -> {
                }
            }
        }

        assertThat(gaveAndEnded).isTrue();
    }
}
