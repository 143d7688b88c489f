package org.veritext.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.veritext.core.claim.ActorRole;
import org.veritext.core.claim.ClaimDigest;
import org.veritext.core.claim.Verdict;
import org.veritext.core.review.ReviewState;
import org.veritext.search.index.ClaimAnalyzer;
import org.veritext.search.index.ClaimFields;

/**
 * Claims written with the product's schema into an index in memory, searched with the product's search on one
 * searcher: the search module without the database, for tests of the schema, the syntax and the facets.
 */
final class InMemoryClaims implements AutoCloseable {

    static final UUID PROJECT = UUID.randomUUID();

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final List<ClaimDigest> claims = new ArrayList<>();
    private final ClaimSearch search = new ClaimSearch(null, null, null, null, new QueryBudget(QueryLimits.DEFAULT));
    private DirectoryReader reader;

    InMemoryClaims add(ClaimDigest claim) {
        claims.add(claim);
        return this;
    }

    List<ClaimDigest> claims() {
        return claims;
    }

    /** Writes every claim added so far (again) and opens a reader on them. */
    InMemoryClaims write() {
        try (IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig(new ClaimAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            for (ClaimDigest claim : claims) {
                writer.addDocument(ClaimFields.toDocument(claim));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            if (reader != null) {
                reader.close();
            }
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A searcher on what {@link #write()} wrote last. */
    IndexSearcher searcher() {
        return new IndexSearcher(reader);
    }

    ClaimHits search(SearchRequest request, Set<UUID> visibleProjects) {
        return search.searchOn(new IndexSearcher(reader), null, request, VisibleClaims.filterFor(visibleProjects));
    }

    List<Suggestion> suggest(String typed, Set<UUID> visibleProjects) {
        return search.suggestOn(new IndexSearcher(reader), typed, VisibleClaims.filterFor(visibleProjects), 10);
    }

    ClaimHits search(String text) {
        return search(SearchRequest.of(text, 0, 100), Set.of(PROJECT));
    }

    List<UUID> ids(String text) {
        return search(text).hits().stream().map(ClaimHit::claimId).toList();
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        directory.close();
    }

    /** A claim builder with harmless defaults. */
    static Claim claim(String quote) {
        return new Claim(quote);
    }

    static final class Claim {
        private final UUID id = UUID.randomUUID();
        private final String quote;
        private String restatement = "";
        private UUID project = PROJECT;
        private String publisher = "Harbour Herald";
        private LocalDate publishedOn;
        private String creator = "Ann Annotator";
        private Verdict verdict = Verdict.NOT_YET_RATED;
        private ReviewState state = ReviewState.DRAFT;
        private final List<ClaimDigest.ActorDigest> actors = new ArrayList<>();
        private final List<ClaimDigest.EventDigest> events = new ArrayList<>();
        private Instant modifiedAt = Instant.parse("2025-01-01T00:00:00Z");

        private Claim(String quote) {
            this.quote = quote;
        }

        Claim restatement(String text) {
            restatement = text;
            return this;
        }

        Claim project(UUID value) {
            project = value;
            return this;
        }

        Claim publisher(String value) {
            publisher = value;
            return this;
        }

        Claim publishedOn(String day) {
            publishedOn = day == null ? null : LocalDate.parse(day);
            return this;
        }

        Claim creator(String value) {
            creator = value;
            return this;
        }

        Claim verdict(Verdict value) {
            verdict = value;
            return this;
        }

        Claim state(ReviewState value) {
            state = value;
            return this;
        }

        Claim actor(ActorRole role, String... names) {
            actors.add(new ClaimDigest.ActorDigest(UUID.nameUUIDFromBytes(names[0].getBytes()), role, List.of(names)));
            return this;
        }

        Claim event(String title) {
            events.add(new ClaimDigest.EventDigest(UUID.nameUUIDFromBytes(title.getBytes()), title));
            return this;
        }

        Claim modifiedAt(String instant) {
            modifiedAt = Instant.parse(instant);
            return this;
        }

        UUID id() {
            return id;
        }

        ClaimDigest digest() {
            return new ClaimDigest(id, UUID.randomUUID(), project, quote, restatement, "Article about " + quote,
                    publisher, publishedOn, UUID.randomUUID(), creator, modifiedAt, modifiedAt, verdict, state, "",
                    List.of(), List.copyOf(actors), List.copyOf(events), null);
        }
    }
}
