package org.veritext.core.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ways one name can be spelled word by word, as dictionary keys: one skeleton per word, words joined by a
 * space. A Latin name has one path; a Cyrillic name whose words have two skeletons ("Путин": putyn by Ukrainian
 * BGN, putin by Russian BGN) has one path per combination, capped so that a long name cannot fill the dictionary.
 */
final class NamePaths {

    static final int MAX_PATHS = 32;

    private NamePaths() {
    }

    static List<String> of(List<TokenKeys> words) {
        List<String> paths = List.of("");
        for (TokenKeys word : words) {
            Set<String> longer = new LinkedHashSet<>();
            for (String path : paths) {
                for (String skeleton : word.skeletons()) {
                    if (longer.size() < MAX_PATHS) {
                        longer.add(path.isEmpty() ? skeleton : path + ' ' + skeleton);
                    }
                }
            }
            paths = new ArrayList<>(longer);
        }
        return paths.equals(List.of("")) ? List.of() : paths;
    }
}
