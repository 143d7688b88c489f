package org.veritext.app.ui.common;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.veritext.core.text.LengthLimit;

/**
 * Marks a field invalid, with the service's own words, once its value is longer than Veritext stores. It replaces
 * the browser's {@code maxlength}, which cuts a paste at the limit without a word; nothing here cuts either: the
 * service refuses the save, and the text stays in the field to be shortened.
 */
public final class OverLengthWarning {

    private OverLengthWarning() {
    }

    /**
     * @param asStored the normalisation the service applies before it measures, so that the field and the service
     *                 agree on the length
     */
    public static <F extends AbstractField<?, String> & HasValidation> void watch(F field, LengthLimit limit,
                                                                                UnaryOperator<String> asStored) {
        field.setManualValidation(true);
        field.addValueChangeListener(change -> {
            Optional<String> problem = limit.problemWith(asStored.apply(change.getValue()));
            field.setErrorMessage(problem.orElse(null));
            field.setInvalid(problem.isPresent());
        });
    }
}
