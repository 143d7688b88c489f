package org.veritext.app.ui.event;

import java.time.LocalDate;
import org.veritext.app.ui.common.LocalTimes;

/** When an event happened, as one line: "2 Jun 2025", "2 Jun 2025 – 4 Jun 2025", "2 Jun 2025 – ?" (end unknown). */
final class EventDates {

    private EventDates() {
    }

    static String of(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn == null && endsOn == null) {
            return "";
        }
        if (endsOn != null && endsOn.equals(startsOn)) {
            return LocalTimes.format(startsOn);
        }
        return side(startsOn) + " \u2013 " + side(endsOn);
    }

    private static String side(LocalDate date) {
        return date == null ? "?" : LocalTimes.format(date);
    }
}
