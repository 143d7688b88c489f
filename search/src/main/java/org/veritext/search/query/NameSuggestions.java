package org.veritext.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.veritext.core.names.NameKeys;
import org.veritext.core.names.TokenKeys;
import org.veritext.search.index.ClaimFields;
import org.veritext.search.index.ClaimFields.Facet;

/**
 * Actor and event names for the search box, across scripts: each typed word must begin a word of the name in one of
 * its {@link NameKeys keys}, so "зел" and "zel" both offer Volodymyr Zelenskyy. The names come from the facet values
 * of the index itself (so they are as fresh as the claims), and only names linked to a claim the user may see are
 * offered, with the number of such claims.
 *
 * <p>Why not Lucene's {@code AnalyzingInfixSuggester}: it keeps a second index that would have to follow the change
 * log, and its project filter would be a context per project to keep in step with links and memberships; the facet
 * values are both already.
 */
final class NameSuggestions {

    /** How many names are checked against the user's projects at most, per kind, before the best are kept. */
    private static final int CANDIDATES = 200;
    private static final Map<Facet, Suggestion.Kind> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put(Facet.CLAIMANT, Suggestion.Kind.ACTOR);
        KINDS.put(Facet.SUBJECT, Suggestion.Kind.ACTOR);
        KINDS.put(Facet.MENTIONED, Suggestion.Kind.ACTOR);
        KINDS.put(Facet.EVENT, Suggestion.Kind.EVENT);
    }

    private NameSuggestions() {
    }

    static List<Suggestion> suggest(IndexSearcher searcher, SortedSetDocValuesReaderState state, String typed,
                                    Query visible, int max) throws IOException {
        List<Set<String>> typedWords = NameKeys.ofWords(typed).stream().map(TokenKeys::all).toList();
        if (typedWords.isEmpty() || max <= 0) {
            return List.of();
        }
        // Each name once per kind, with the facets (roles) it is found under.
        Map<Suggestion.Kind, Map<String, List<Facet>>> candidates = new LinkedHashMap<>();
        SortedSetDocValues values = state.getDocValues();
        for (Map.Entry<Facet, Suggestion.Kind> kind : KINDS.entrySet()) {
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(kind.getKey().dimension());
            if (range == null) {
                continue;
            }
            Map<String, List<Facet>> names = candidates.computeIfAbsent(kind.getValue(), k -> new LinkedHashMap<>());
            for (int ord = range.start(); ord <= range.end() && names.size() < CANDIDATES; ord++) {
                String name = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString())[1];
                if (matches(typedWords, name)) {
                    names.computeIfAbsent(name, n -> new ArrayList<>()).add(kind.getKey());
                }
            }
        }
        List<Suggestion> suggestions = new ArrayList<>();
        for (Map.Entry<Suggestion.Kind, Map<String, List<Facet>>> kind : candidates.entrySet()) {
            for (Map.Entry<String, List<Facet>> name : kind.getValue().entrySet()) {
                BooleanQuery.Builder linked = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
                for (Facet facet : name.getValue()) {
                    linked.add(new TermQuery(DrillDownQuery.term(ClaimFields.FACETS.getDimConfig(facet.dimension())
                            .indexFieldName, facet.dimension(), name.getKey())), BooleanClause.Occur.SHOULD);
                }
                linked.add(visible, BooleanClause.Occur.FILTER);
                int claims = searcher.count(linked.build());
                if (claims > 0) {
                    suggestions.add(new Suggestion(kind.getKey(), name.getKey(), claims));
                }
            }
        }
        return suggestions.stream()
                .sorted(Comparator.comparingLong(Suggestion::claims).reversed().thenComparing(Suggestion::name))
                .limit(max)
                .toList();
    }

    /** Every typed word begins some word of the name, in some key of each. */
    private static boolean matches(List<Set<String>> typedWords, String name) {
        List<Set<String>> nameWords = NameKeys.ofWords(name).stream().map(TokenKeys::all).toList();
        for (Set<String> typedKeys : typedWords) {
            boolean found = nameWords.stream().anyMatch(nameKeys -> typedKeys.stream()
                    .anyMatch(typedKey -> nameKeys.stream().anyMatch(nameKey -> nameKey.startsWith(typedKey))));
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
