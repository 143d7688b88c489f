package org.veritext.app.ui.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One list on the home page: a heading with how many there are, an entry per item (each a link to where the work
 * is), and a sentence saying what to do when there is nothing. Redrawn only when what it shows changed, so a live
 * refresh that changes nothing does not flicker.
 */
class QueueSection<T> extends Section {

    private final Function<T, Component> entry;
    private final Span count = new Span();
    private final Div entries = new Div();
    private final Paragraph empty = new Paragraph();
    private final Paragraph more = new Paragraph();
    private List<T> shown;
    private long shownCount = -1;

    QueueSection(String id, String title, Function<T, Component> entry) {
        this.entry = entry;
        setId(id);
        addClassName("queue");
        count.addClassName("queue-count");
        H3 heading = new H3(new Span(title), count);
        entries.addClassName("queue-entries");
        empty.addClassName("queue-empty");
        more.addClassName("queue-more");
        add(heading, entries, empty, more);
    }

    /** Shows the items (the first of {@code total}), or {@code whenEmpty} if there are none. */
    void show(List<T> items, long total, String whenEmpty) {
        empty.setText(whenEmpty);
        if (items.equals(shown) && total == shownCount) {
            return;
        }
        shown = List.copyOf(items);
        shownCount = total;
        count.setText(Long.toString(total));
        count.setClassName("has-items", total > 0);
        count.getElement().setAttribute("aria-label", total + (total == 1 ? " item" : " items"));
        entries.removeAll();
        items.stream().map(entry).filter(Objects::nonNull).forEach(entries::add);
        empty.setVisible(items.isEmpty());
        more.setVisible(total > items.size());
        more.setText("Showing the first " + items.size() + " of " + total + ".");
    }
}
