package org.veritext.core.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keys to values, several values per key, lean: most keys of a name catalog have one value, so a single value is
 * stored as it is and only a second one makes a list. Saves an ArrayList per key (about 80 bytes). Not
 * thread-safe; values must not be lists themselves.
 */
final class MultiIndex<V> {

    private final Map<String, Object> values = new HashMap<>();

    /** A list made by this index, told apart from a single value. */
    private static final class Values extends ArrayList<Object> {
        Values(Object first, Object second) {
            super(2);
            add(first);
            add(second);
        }
    }

    void add(String key, V value) {
        values.merge(key, value, (old, added) -> {
            if (old instanceof Values list) {
                list.add(added);
                return list;
            }
            return new Values(old, added);
        });
    }

    /** Removes one value (compared by identity) from a key, and the key when nothing is left. */
    void remove(String key, V value) {
        Object old = values.get(key);
        if (old == value) {
            values.remove(key);
        } else if (old instanceof Values list) {
            list.removeIf(v -> v == value);
            if (list.size() == 1) {
                values.put(key, list.getFirst());
            }
        }
    }

    @SuppressWarnings("unchecked")
    List<V> get(String key) {
        Object found = values.get(key);
        if (found == null) {
            return List.of();
        }
        return found instanceof Values list ? (List<V>) (List<?>) list : List.of((V) found);
    }
}
