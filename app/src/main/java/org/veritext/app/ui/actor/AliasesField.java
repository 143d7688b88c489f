package org.veritext.app.ui.actor;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.veritext.core.actor.ActorLimits;
import org.veritext.core.text.TextNormaliser;

/**
 * An actor's other names: typed one at a time (Enter adds it), shown as chips, removed with their ×. An alias longer
 * than Veritext stores is kept and marked, with the words the service will refuse it with; nothing is cut.
 */
class AliasesField extends MultiSelectComboBox<String> {

    private final List<String> known = new ArrayList<>();

    AliasesField(String label) {
        super(label);
        setAllowCustomValue(true);
        setAutoOpen(false); // its only items are the aliases already chosen: a list that opens on typing hides the form
        setItems(known);
        setPlaceholder("Type another spelling, then Enter");
        setHelperText("Other spellings, transliterations, titles, abbreviations");
        setManualValidation(true);
        addCustomValueSetListener(custom -> add(custom.getDetail()));
        addValueChangeListener(change -> warnIfTooLong());
    }

    void setAliases(List<String> aliases) {
        known.clear();
        known.addAll(aliases);
        getListDataView().refreshAll();
        setValue(new LinkedHashSet<>(aliases));
    }

    /** The aliases in the order they were given. */
    List<String> aliases() {
        return getValue().stream().toList();
    }

    private void add(String typed) {
        String alias = typed.strip();
        if (alias.isEmpty()) {
            return;
        }
        if (!known.contains(alias)) {
            known.add(alias);
            getListDataView().refreshAll();
        }
        Set<String> value = new LinkedHashSet<>(getValue());
        value.add(alias);
        setValue(value);
    }

    private void warnIfTooLong() {
        String problem = getValue().stream()
                .map(alias -> ActorLimits.ALIAS.problemWith(TextNormaliser.normaliseLine(alias)))
                .flatMap(java.util.Optional::stream)
                .findFirst().orElse(null);
        setErrorMessage(problem);
        setInvalid(problem != null);
    }
}
