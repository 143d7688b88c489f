package org.veritext.app.changelog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.springframework.context.Lifecycle;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.veritext.core.article.NewArticle;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.changes.ChangeLog;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.claim.ClaimDigests;

/**
 * A node prepared for {@link ChangeLogBenchmark}: writer accounts, the {@link TramArticle}, and a scratch index for
 * the old way of indexing; and the measurements the benchmark makes on it.
 */
final class BenchmarkSite implements AutoCloseable {

    static final int MANY_THREADS = 8;
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    final ApplicationNode node;
    private final UUID articleId;
    private final UUID probeId;
    private final CommitPerSaveIndex oldIndex;

    private BenchmarkSite(ApplicationNode node, UUID articleId, UUID probeId, CommitPerSaveIndex oldIndex) {
        this.node = node;
        this.articleId = articleId;
        this.probeId = probeId;
        this.oldIndex = oldIndex;
    }

    static BenchmarkSite start(Path dataDir, List<String> settings) throws IOException {
        ApplicationNode node = ApplicationNode.start(dataDir, settings);
        for (int i = 0; i < MANY_THREADS; i++) {
            node.createAnnotator("writer-" + i);
        }
        node.createAnnotator("load-0");
        node.createAnnotator("load-1");
        UUID probeId = node.createAnnotator("probe");
        UUID articleId = ApplicationNode.as("probe", () -> node.articles()
                .importArticle(node.testDesk(), NewArticle.of(TramArticle.TITLE, TramArticle.TEXT)).id());
        return new BenchmarkSite(node, articleId, probeId, new CommitPerSaveIndex(dataDir.resolve("old-index")));
    }

    /**
     * Saves per second from {@code threads} writers at full speed for {@code duration}. The old way runs with the
     * followers stopped, so that nothing but the old indexing works beside the saves.
     */
    Throughput throughput(int threads, Duration duration, boolean oldWay) throws Exception {
        awaitCaughtUp(node);
        if (oldWay) {
            followers().stop();
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            long started = System.nanoTime();
            long deadline = started + duration.toNanos();
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String writer = "writer-" + t;
                done.add(pool.submit(() -> ApplicationNode.as(writer, () -> {
                    ClaimWriter claims = new ClaimWriter(node.claims(), articleId, writer);
                    int saves = 0;
                    while (System.nanoTime() < deadline) {
                        save(claims, oldWay);
                        saves++;
                    }
                    return saves;
                })));
            }
            int saves = 0;
            for (Future<Integer> each : done) {
                saves += each.get();
            }
            long acknowledged = System.nanoTime();
            if (!oldWay) {
                awaitCaughtUp(node);
            }
            long searchable = System.nanoTime();
            return new Throughput(saves / seconds(acknowledged - started), saves / seconds(searchable - started));
        } finally {
            if (oldWay) {
                followers().start();
            }
        }
    }

    /**
     * Saves at a steady pace ({@code load} saves/s from two writers) while a probe saves {@code probesPerSecond}
     * times a second through this node and, with the change log, waits each time until {@code reader}'s index
     * shows its save. The old way's save is searchable when it returns.
     */
    Latency steady(ApplicationNode reader, boolean oldWay, int load, int probesPerSecond, Duration duration)
            throws Exception {
        awaitCaughtUp(node);
        awaitCaughtUp(reader);
        if (oldWay) {
            followers().stop();
        }
        AtomicInteger loadFailures = new AtomicInteger();
        try (ScheduledExecutorService loadWriters = Executors.newScheduledThreadPool(2)) {
            for (int w = 0; w < 2; w++) {
                String writer = "load-" + w;
                ClaimWriter claims = new ClaimWriter(node.claims(), articleId, writer);
                loadWriters.scheduleAtFixedRate(() -> {
                    try {
                        ApplicationNode.as(writer, () -> save(claims, oldWay));
                    } catch (RuntimeException e) {
                        loadFailures.incrementAndGet();
                    }
                }, 0, 2_000_000L / load, TimeUnit.MICROSECONDS);
            }
            int probes = (int) (duration.toSeconds() * probesPerSecond);
            long[] saveNanos = new long[probes];
            long[] searchableNanos = new long[probes];
            ClaimWriter probe = new ClaimWriter(node.claims(), articleId, "probe");
            long period = 1_000_000_000L / probesPerSecond;
            long next = System.nanoTime();
            for (int i = 0; i < probes; i++) {
                next += period;
                LockSupport.parkNanos(next - System.nanoTime()); // the probe's pace, not a wait for a result
                long called = System.nanoTime();
                ApplicationNode.as("probe", () -> save(probe, oldWay));
                long returned = System.nanoTime();
                if (!oldWay) {
                    long position = node.changeLog().lastWrittenBy(probeId);
                    if (!reader.index().awaitVisible(position, PATIENCE)) {
                        throw new IllegalStateException("Change " + position + " never became searchable");
                    }
                }
                saveNanos[i] = returned - called;
                searchableNanos[i] = System.nanoTime() - called;
            }
            loadWriters.shutdown();
            if (loadFailures.get() > 0) {
                throw new IllegalStateException(loadFailures.get() + " saves of the steady load failed");
            }
            return new Latency(Percentiles.of(saveNanos), Percentiles.of(searchableNanos));
        } finally {
            if (oldWay) {
                followers().start();
            }
        }
    }

    /**
     * Claims inserted with plain JDBC, each in a transaction of its own, with or without recording the change in
     * the log: the difference is what the append costs a save. Run with the followers stopped, so that no index work
     * competes. The time inside the append is taken from the transaction's last before-commit step but one (the
     * append is the last) to its before-completion step, which Spring runs right before the commit itself.
     */
    InsertCost inserts(int threads, int inserts, boolean withLog) throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(node.bean(PlatformTransactionManager.class));
        JdbcTemplate jdbc = node.bean(JdbcTemplate.class);
        ChangeLog changeLog = node.changeLog();
        LongAdder appendNanos = new LongAdder();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            long started = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < inserts / threads; i++) {
                        transaction.executeWithoutResult(status -> {
                            TransactionSynchronizationManager.registerSynchronization(new AppendTimer(appendNanos));
                            insertClaim(jdbc, changeLog, withLog);
                        });
                    }
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
            return new InsertCost((System.nanoTime() - started) / 1e3 / inserts, appendNanos.sum() / 1e3 / inserts);
        }
    }

    Lifecycle followers() {
        return node.bean("changeFollowers", Lifecycle.class);
    }

    static void awaitCaughtUp(ApplicationNode reader) {
        long head = reader.changeLog().head();
        if (!reader.index().awaitVisible(head, PATIENCE)) {
            throw new IllegalStateException("The index did not reach change " + head);
        }
    }

    private final java.util.concurrent.atomic.AtomicInteger insertRank = new java.util.concurrent.atomic.AtomicInteger();

    private void insertClaim(JdbcTemplate jdbc, ChangeLog changeLog, boolean withLog) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        String quote = "Sentence 7 says the harbour tram carried 1007 passengers.";
        String restatement = "Inserted for the benchmark";
        // Each insert gets a rank of its own: they all cover the same words, which only older claims may share.
        jdbc.update("INSERT INTO claim (id, article_id, start_offset, end_offset, quote, prefix, suffix, restatement, "
                        + "created_by, created_at, modified_by, modified_at, version, same_words_rank) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)", id, articleId, 0, quote.length(), quote, "",
                "", restatement, probeId, at, probeId, at, insertRank.incrementAndGet());
        if (withLog) {
            // A state of the size a claim's has, so that the JSON costs what it costs for a real save.
            changeLog.record(ChangeKind.CLAIM_CREATED, probeId, id, articleId, () -> Map.of("id", id, "articleId",
                    articleId, "start", 0, "end", quote.length(), "quote", quote, "prefix", "", "suffix", "",
                    "restatement", restatement, "createdAt", now, "version", 0));
        }
    }

    private Void save(ClaimWriter claims, boolean oldWay) {
        ClaimDetails saved = claims.save();
        if (oldWay) {
            try {
                oldIndex.put(node.bean(ClaimDigests.class).find(java.util.List.of(saved.id())).get(saved.id()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return null;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    @Override
    public void close() throws IOException {
        try (node) {
            oldIndex.close();
        }
    }

    /** Saves per second: until the last save returned, and until the index showed it. */
    record Throughput(double acknowledged, double searchable) {
    }

    /** Milliseconds from the save's call until it returned, and until it was searchable. */
    record Latency(Percentiles save, Percentiles searchable) {
    }

    /** The median and the 99th percentile of a set of durations, in milliseconds. */
    record Percentiles(double p50, double p99) {

        static Percentiles of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Percentiles(at(sorted, 0.50) / 1e6, at(sorted, 0.99) / 1e6);
        }

        private static long at(long[] sorted, double quantile) {
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)];
        }

        @Override
        public String toString() {
            return "%.1f / %.1f".formatted(p50, p99);
        }
    }

    /** Microseconds per insert, all told, and of them inside the change log's append (waiting for the head included). */
    record InsertCost(double total, double append) {
    }

    /** Adds the time one transaction spends in the change log's append to a total. */
    private static final class AppendTimer implements TransactionSynchronization {

        private final LongAdder total;
        private long started;

        AppendTimer(LongAdder total) {
            this.total = total;
        }

        /** Just before the change log's step, which is the last. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE - 1;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            started = System.nanoTime();
        }

        @Override
        public void beforeCompletion() {
            if (started != 0) {
                total.add(System.nanoTime() - started);
            }
        }
    }
}
