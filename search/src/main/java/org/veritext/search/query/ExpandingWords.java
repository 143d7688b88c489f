package org.veritext.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * The fuzzy words, prefixes and patterns of one query, held to a budget: in each field only the first few of each
 * kind are expanded, each into at most so many of the index terms it matches. Counting per field rather than per
 * query keeps the rule independent of how a parser spreads a word over fields: a word searched in four fields is
 * four expansions, and costs so.
 */
final class ExpandingWords {

    private final int perField;
    private final Map<ExpandingWord, Map<String, Integer>> wordsPerField = new EnumMap<>(ExpandingWord.class);
    private final Map<ExpandingWord, Set<String>> expansionsCut = new EnumMap<>(ExpandingWord.class);
    private int expansions;

    ExpandingWords(int perField) {
        this.perField = perField;
    }

    /** The query with, in each field, only the first words of each kind still expanding; the others made plain. */
    Query cap(Query query) throws IOException {
        return QueryTree.mapLeaves(query, leaf -> {
            if (!(leaf instanceof MultiTermQuery word)) {
                return leaf;
            }
            ExpandingWord kind = ExpandingWord.of(word);
            int nth = wordsPerField.computeIfAbsent(kind, k -> new HashMap<>()).merge(word.getField(), 1, Integer::sum);
            return nth <= perField ? word : kind.beyondBudget(word);
        });
    }

    /**
     * The query with each expanding word replaced by at most {@code expansions} of the index terms it matches, scored
     * as one word (blended document frequencies), so that a rare spelling does not outweigh the word itself.
     */
    Query expand(Query query, IndexSearcher searcher, int expansions) throws IOException {
        this.expansions = expansions;
        MultiTermQuery.RewriteMethod topTerms = new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(expansions);
        return QueryTree.mapLeaves(query, leaf -> {
            if (!(leaf instanceof MultiTermQuery word)) {
                return leaf;
            }
            Query expanded = topTerms.rewrite(searcher, word);
            if (QueryTree.terms(expanded) >= expansions
                    && matchesMoreTermsThan(searcher.getIndexReader(), word, expansions)) {
                ExpandingWord kind = ExpandingWord.of(word);
                expansionsCut.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(kind.shown(word));
            }
            return expanded;
        });
    }

    /** One sentence per kind of word that was capped, and per kind whose words matched more terms than searched. */
    List<String> notices() {
        List<String> notices = new ArrayList<>();
        for (ExpandingWord kind : ExpandingWord.values()) {
            int words = wordsPerField.getOrDefault(kind, Map.of()).values().stream()
                    .mapToInt(Integer::intValue).max().orElse(0);
            if (words > perField) {
                notices.add(kind.overBudget(words, perField));
            }
            if (expansionsCut.containsKey(kind)) {
                notices.add(kind.expansionsCut(List.copyOf(expansionsCut.get(kind)), expansions));
            }
        }
        return notices;
    }

    /** Walks the matching terms only until one more than {@code limit} is seen. */
    private static boolean matchesMoreTermsThan(IndexReader reader, MultiTermQuery word, int limit) throws IOException {
        Set<BytesRef> seen = new HashSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(word.getField());
            if (terms == null) {
                continue;
            }
            TermsEnum matching = word.getTermsEnum(terms);
            for (BytesRef term = matching.next(); term != null; term = matching.next()) {
                if (seen.add(BytesRef.deepCopyOf(term)) && seen.size() > limit) {
                    return true;
                }
            }
        }
        return false;
    }
}
