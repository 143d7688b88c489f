package org.veritext.app.ui.common;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.veritext.core.claim.ActorRole;
import org.veritext.core.claim.LinkedClaim;

/**
 * Claims from any article on a timeline, in the order the service gives them (newest first), grouped under their
 * date. An actor linked to one claim in two roles (claimant and subject) gets one entry naming both.
 */
public class ClaimTimeline extends Div {

    private final String emptyText;

    public ClaimTimeline(String id, String emptyText) {
        this.emptyText = emptyText;
        setId(id);
        addClassName("claim-timeline");
    }

    public void setClaims(List<LinkedClaim> claims) {
        removeAll();
        if (claims.isEmpty()) {
            Div empty = new Div(emptyText);
            empty.addClassName("claim-timeline-empty");
            add(empty);
            return;
        }
        Map<UUID, List<LinkedClaim>> byClaim = new LinkedHashMap<>();
        claims.forEach(claim -> byClaim.computeIfAbsent(claim.claimId(), id -> new ArrayList<>()).add(claim));
        Section day = null;
        LocalDate dayShown = null;
        for (List<LinkedClaim> links : byClaim.values()) {
            LinkedClaim claim = links.getFirst();
            if (day == null || !claim.date().equals(dayShown)) {
                dayShown = claim.date();
                day = day(dayShown);
                add(day);
            }
            day.add(new ClaimTimelineEntry(claim,
                    links.stream().map(LinkedClaim::role).filter(Objects::nonNull).distinct().toList()));
        }
    }

    private static Section day(LocalDate date) {
        Span heading = new Span(LocalTimes.format(date));
        heading.addClassName("timeline-date");
        Section day = new Section(heading);
        day.addClassName("timeline-day");
        return day;
    }

    /** The roles as one line, e.g. "Claimant, Subject"; empty when there are none (an event's claims). */
    static String rolesText(List<ActorRole> roles) {
        return String.join(", ", roles.stream().map(ActorRole::label).toList());
    }
}
