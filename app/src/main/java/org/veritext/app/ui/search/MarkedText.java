package org.veritext.app.ui.search;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.veritext.search.query.Snippet;

/** A snippet shown as text parts in text nodes, matches in {@code <mark>}: its words can never become markup. */
final class MarkedText {

    private MarkedText() {
    }

    static Div of(Snippet snippet, String className) {
        Div div = new Div();
        div.addClassName(className);
        for (Snippet.Part part : snippet.parts()) {
            Component piece = part.match() ? new Mark(part.text()) : new Span(part.text());
            div.add(piece);
        }
        return div;
    }

    /** HTML's own element for text marked as relevant to the reader's current activity. */
    @Tag("mark")
    private static final class Mark extends HtmlContainer {
        Mark(String text) {
            setText(text);
        }
    }
}
