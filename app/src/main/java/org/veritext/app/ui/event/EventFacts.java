package org.veritext.app.ui.event;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Span;
import org.veritext.app.ui.common.LocalTimes;
import org.veritext.core.event.EventDetails;

/** What is known of an event, as a list of terms and values; a fact not known is left out, not shown empty. */
class EventFacts extends DescriptionList {

    EventFacts(EventDetails event) {
        setId("event-facts");
        addClassName("catalog-facts");
        String dates = EventDates.of(event.startsOn(), event.endsOn());
        fact("When", new Span(dates.isEmpty() ? "Not known" : dates));
        if (!event.place().isEmpty()) {
            fact("Where", new Span(event.place()));
        }
        if (event.partOf() != null) {
            fact("Part of", EventView.link(EventPicker.label(event.partOf()), event.partOf().id()));
        }
        if (!event.description().isEmpty()) {
            Span description = new Span(event.description());
            description.addClassName("catalog-description");
            fact("Description", description);
        }
        fact("Record", new Span(record(event)));
    }

    private void fact(String term, Component value) {
        add(new Term(term), new Description(value));
    }

    private static String record(EventDetails event) {
        String created = "Created by " + event.createdBy().name() + ", " + LocalTimes.format(event.createdAt());
        if (event.modifiedAt().equals(event.createdAt())) {
            return created;
        }
        return created + "; last changed by " + event.modifiedBy().name() + ", "
                + LocalTimes.format(event.modifiedAt());
    }
}
