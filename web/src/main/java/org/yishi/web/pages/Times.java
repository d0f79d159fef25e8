package org.yishi.web.pages;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Shows a moment as the residents read it, in China's time zone; templates call it as {@code @times.of(...)}. Events
 * keep UTC instants, so another zone is a change here only.
 */
@Component("times")
class Times {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    public String of(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
