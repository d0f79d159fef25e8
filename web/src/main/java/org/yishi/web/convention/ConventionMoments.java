package org.yishi.web.convention;

import org.yishi.query.api.conventions.ConventionPage;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The moments at which a convention's text or state changed, oldest first, for the timeline slider of the as-of view:
 * each one a local time the view can be asked for, and what happened then.
 */
final class ConventionMoments {

    private ConventionMoments() {
    }

    /**
     * {@code at}: the local time, as a datetime field takes it, rounded up to the second so that the text asked for
     * at that time includes the change; {@code chinese}/{@code english}: what changed.
     */
    record Moment(String at, String chinese, String english) {
    }

    static List<Moment> of(ConventionPage c, ZoneId zone) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(c.draftedAt(), "起草", "drafted"));
        c.edits().forEach(e -> entries.add(new Entry(e.at(), e.whatChinese(), e.whatEnglish())));
        if (c.notice() != null) {
            entries.add(new Entry(c.notice().startedAt(), "开始公示", "public notice started"));
            if (c.notice().ended()) {
                entries.add(new Entry(c.notice().endsAt(), "公示期满", "public notice ended"));
            }
        }
        c.votes().forEach(v -> entries.add(new Entry(v.at(), "交付表决", "put to the vote")));
        c.reviews().forEach(r -> {
            entries.add(new Entry(r.submittedAt(), "提交审核", "submitted for review"));
            entries.add(new Entry(r.decidedAt(), "审核意见", "review decided"));
        });
        c.versions().forEach(v -> entries.add(new Entry(v.publishedAt(), "公布第" + v.version() + "版",
                                                        "version " + v.version() + " published")));
        return entries.stream()
                      .filter(e -> e.at() != null)
                      .sorted(Comparator.comparing(Entry::at))
                      .map(e -> new Moment(secondAfter(e.at(), zone), e.chinese(), e.english()))
                      .toList();
    }

    private static String secondAfter(Instant at, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        LocalDateTime second = local.getNano() == 0 ? local : local.withNano(0).plusSeconds(1);
        return second.toString().length() == 16 ? second + ":00" : second.toString();
    }

    private record Entry(Instant at, String chinese, String english) {
    }
}
