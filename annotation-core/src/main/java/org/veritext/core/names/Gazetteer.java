package org.veritext.core.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Names whose kind is known beforehand: countries and their adjectives, capitals that stand for governments
 * ("Moscow says"), and well-known organisations, groups and media outlets. Read once from {@code countries.tsv}
 * and {@code known-names.tsv} next to this class; looked up by the folded words of a name, joined by spaces.
 */
final class Gazetteer {

    enum Kind { COUNTRY, CAPITAL, ADJECTIVE, ORGANISATION, GROUP, MEDIA_OUTLET }

    private static final Map<String, Kind> KINDS = load();

    private Gazetteer() {
    }

    /** The kind of a whole name, given its folded words joined by single spaces; null if not known. */
    static Kind kindOf(String foldedWords) {
        return KINDS.get(foldedWords);
    }

    static boolean isAdjective(String foldedWord) {
        return KINDS.get(foldedWord) == Kind.ADJECTIVE;
    }

    /** The folded words of a name joined by spaces, as the gazetteer keys them. */
    static String key(String name) {
        return Words.of(name).stream().map(w -> NameKeys.foldWord(w.text())).filter(w -> !w.isEmpty())
                .collect(Collectors.joining(" "));
    }

    private static Map<String, Kind> load() {
        Map<String, Kind> kinds = new HashMap<>();
        Set<String> names = new HashSet<>();
        read("countries.tsv", (first, second) -> {
            for (String name : first.split("; ")) {
                kinds.put(key(name), Kind.COUNTRY);
                names.add(key(name));
            }
            for (String adjective : second.split("; ")) {
                if (!adjective.isBlank() && !names.contains(key(adjective))) {
                    kinds.put(key(adjective), Kind.ADJECTIVE);
                }
            }
        });
        read("known-names.tsv", (kind, list) -> {
            for (String name : list.split("; ")) {
                kinds.put(key(name), Kind.valueOf(kind));
            }
        });
        return Map.copyOf(kinds);
    }

    /** Calls {@code line} with the two tab-separated fields of every line that is not blank or a # comment. */
    private static void read(String resource, BiConsumer<String, String> line) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] fields = text.split("\t", -1);
                line.accept(fields[0].strip(), fields.length > 1 ? fields[1].strip() : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
