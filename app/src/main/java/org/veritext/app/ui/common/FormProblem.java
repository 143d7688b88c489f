package org.veritext.app.ui.common;

import com.vaadin.flow.component.html.Div;

/**
 * Why a form was not saved, in the service's own words, shown at the top of the form so the fact-checker reads it
 * beside what he typed (which stays). Hidden while there is nothing to say.
 */
public class FormProblem extends Div {

    public FormProblem(String id) {
        setId(id);
        addClassName("form-problem");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    public void show(String message) {
        setText(message);
        setVisible(true);
    }

    public void clear() {
        setText("");
        setVisible(false);
    }
}
