package org.veritext.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.veritext.search.index.ClaimFields;

/**
 * The facet ordinals of each open index reader. Building them reads every facet value of the index, so they are
 * built once per reader (a near-real-time reopen makes a new reader) and dropped when the reader closes.
 */
final class FacetStates {

    private final Map<IndexReader.CacheKey, Optional<SortedSetDocValuesReaderState>> states =
            new ConcurrentHashMap<>();

    /** The state of {@code reader}; empty if the index holds no facet values (it is empty, or of an old schema). */
    Optional<SortedSetDocValuesReaderState> of(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return build(reader);
        }
        IndexReader.CacheKey key = helper.getKey();
        Optional<SortedSetDocValuesReaderState> known = states.get(key);
        if (known != null) {
            return known;
        }
        Optional<SortedSetDocValuesReaderState> built = build(reader);
        if (states.putIfAbsent(key, built) == null) {
            helper.addClosedListener(states::remove);
        }
        return built;
    }

    private static Optional<SortedSetDocValuesReaderState> build(IndexReader reader) {
        try {
            return Optional.of(new DefaultSortedSetDocValuesReaderState(reader, ClaimFields.FACETS));
        } catch (IllegalArgumentException noFacetValues) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the facet values of the claim index failed", e);
        }
    }
}
