package org.veritext.app.ui.article;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import org.veritext.app.ui.common.OverLengthWarning;
import org.veritext.core.claim.ClaimEdit.EvidenceDraft;
import org.veritext.core.claim.ClaimLimits;
import org.veritext.core.claim.Evidence;
import org.veritext.core.text.TextNormaliser;

/** The sources that support a verdict: one row each (address and a note on what it shows), add and remove. */
class EvidenceRows extends Div {

    private final Div rows = new Div();
    private final List<Row> shown = new ArrayList<>();
    private final Button addSource;
    private boolean editable = true;

    EvidenceRows() {
        setId("claim-evidence");
        addClassName("evidence-rows");
        Span label = new Span("Sources");
        label.addClassName("field-label");
        addSource = new Button("Add source", VaadinIcon.PLUS.create(), click -> addRow(new Evidence("", "")).url.focus());
        addSource.setId("claim-add-evidence");
        addSource.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add(label, rows, addSource);
    }

    void fill(List<Evidence> evidence) {
        rows.removeAll();
        shown.clear();
        evidence.forEach(this::addRow);
    }

    /** Read-only: the sources can be read and followed, not changed, added or removed. */
    void setEditable(boolean editable) {
        this.editable = editable;
        addSource.setVisible(editable);
        shown.forEach(Row::applyEditable);
    }

    List<EvidenceDraft> read() {
        return shown.stream().map(row -> new EvidenceDraft(row.url.getValue(), row.note.getValue())).toList();
    }

    private Row addRow(Evidence evidence) {
        Row row = new Row(evidence);
        shown.add(row);
        rows.add(row);
        return row;
    }

    private final class Row extends Div {
        private final TextField url = new TextField();
        private final TextField note = new TextField();
        private final Button remove;

        Row(Evidence evidence) {
            addClassName("evidence-row");
            url.setPlaceholder("https://\u2026");
            url.setAriaLabel("Source address");
            url.setValue(evidence.url());
            url.setValueChangeMode(ValueChangeMode.EAGER);
            OverLengthWarning.watch(url, ClaimLimits.EVIDENCE_URL, TextNormaliser::normaliseLine);
            note.setPlaceholder("What it shows");
            note.setAriaLabel("What the source shows");
            note.setValue(evidence.note());
            note.setValueChangeMode(ValueChangeMode.EAGER);
            OverLengthWarning.watch(note, ClaimLimits.EVIDENCE_NOTE, TextNormaliser::normalise);
            remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                shown.remove(this);
                rows.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove this source");
            add(url, note, remove);
            applyEditable();
        }

        private void applyEditable() {
            url.setReadOnly(!editable);
            note.setReadOnly(!editable);
            remove.setVisible(editable);
        }
    }
}
