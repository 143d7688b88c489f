package org.veritext.app.ui.article;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.veritext.core.names.NameKeys;

/**
 * What a name typed into a picker (and confirmed with Enter) most plausibly means among the offers: the only one,
 * or the first whose name begins with what was typed. Otherwise nothing: the typed name is new.
 */
final class TypedName {

    private TypedName() {
    }

    static <T> Optional<T> bestMatch(String typed, List<T> offers, Function<T, String> name) {
        if (offers.size() == 1) {
            return Optional.of(offers.getFirst());
        }
        String folded = NameKeys.fold(typed == null ? "" : typed).strip();
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        return offers.stream().filter(offer -> NameKeys.fold(name.apply(offer)).startsWith(folded)).findFirst();
    }
}
