package org.veritext.app.ui.common;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times as the person at the screen reads them: in their browser's time zone, once the browser has told
 * us which (until then, in UTC, and said so).
 */
public final class LocalTimes {

    private static final String ZONE_ATTRIBUTE = LocalTimes.class.getName() + ".zone";
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.UK);

    private LocalTimes() {
    }

    /** Asks the browser for its time zone; call once per page load, e.g. from the main layout. */
    public static void learnTimeZone(UI ui) {
        ui.getPage().retrieveExtendedClientDetails(details -> {
            try {
                ui.getSession().setAttribute(ZONE_ATTRIBUTE, ZoneId.of(details.getTimeZoneId()));
            } catch (RuntimeException unknownZone) {
                ui.getSession().setAttribute(ZONE_ATTRIBUTE, ZoneOffset.UTC);
            }
        });
    }

    public static String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZoneId zone = zone();
        String text = DATE_TIME.format(instant.atZone(zone));
        return zone.equals(ZoneOffset.UTC) ? text + " UTC" : text;
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null ? null : session.getAttribute(ZONE_ATTRIBUTE);
        return zone instanceof ZoneId id ? id : ZoneOffset.UTC;
    }
}
