package org.veritext.app.changelog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
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
import org.junit.jupiter.api.Test;
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
import org.veritext.core.testing.TestPostgres;

/**
 * What the change log costs a save, and how soon a save can be found: saves per second through the claim service
 * with the change log and its index follower against the old indexing (commit and refresh inside every save);
 * save → searchable latency under a steady write load, on one node and across two nodes on PostgreSQL; what
 * H2's WRITE_DELAY=0 costs; and what appending to the log costs one save. Not a test (the name does not end in
 * "Test"); run it with
 *
 * <pre>./mvnw -pl app -am verify -Dtest=ChangeLogBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * It prints one table and asserts nothing about time. The PostgreSQL column needs the server {@code .ci/run}
 * starts (or {@code VERITEXT_TEST_POSTGRES_URL}); without one it reads "n/a". Figures: docs/benchmarks.md.
 */
class ChangeLogBenchmark {

    /** Saves per throughput figure, and saves to warm each node up first (JIT, connection pool, caches). */
    private static final int SAVES = 1_000;
    private static final int WARM_UP = 600;
    /**
     * Saves per second the steady load makes, besides the probe whose latency is measured: a busy newsroom, and well
     * below what the old way could keep up with here, so that the latencies are not those of a queue.
     */
    private static final int STEADY_LOAD = 20;
    private static final int PROBES_PER_SECOND = 10;
    private static final Duration STEADY_FOR = Duration.ofSeconds(30);
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final int INSERTS = 2_000;
    private static final int MANY_THREADS = 8;
    private static final String H2_DEFAULT_DELAY = ";LOCK_TIMEOUT=10000";

    private final Path folder = Path.of("target", "test-data", "bench-changelog-" + UUID.randomUUID()).toAbsolutePath();

    @Test
    void printsWhatTheChangeLogCostsAndHowSoonASaveIsSearchable() throws Exception {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Figures h2;
        Figures postgres = null;
        Throughput[] h2DefaultDelay;
        try (Site site = Site.start(folder.resolve("h2"), List.of())) {
            h2 = measure(site);
        }
        String h2DefaultUrl = "jdbc:h2:file:" + folder.resolve("h2-delay").resolve("db").resolve("veritext")
                + H2_DEFAULT_DELAY;
        try (Site site = Site.start(folder.resolve("h2-delay"), List.of("--spring.datasource.url=" + h2DefaultUrl))) {
            site.throughput(MANY_THREADS, WARM_UP, false);
            h2DefaultDelay = new Throughput[] {site.throughput(1, SAVES, false),
                    site.throughput(MANY_THREADS, SAVES, false)};
        }
        if (TestPostgres.reachable()) {
            String database = TestPostgres.newDatabaseName();
            String url = TestPostgres.createDatabase(database);
            List<String> settings = ApplicationNode.postgres(url, TestPostgres.USER, TestPostgres.PASSWORD);
            try (Site site = Site.start(folder.resolve("pg-a"), settings)) {
                postgres = measure(site);
                try (ApplicationNode second = ApplicationNode.start(folder.resolve("pg-b"), settings)) {
                    Site.awaitCaughtUp(second);
                    postgres = postgres.withAcrossNodes(site.steady(second, false));
                }
            } finally {
                TestPostgres.dropDatabase(database);
            }
        }
        print(h2, postgres, h2DefaultDelay, loadBefore);
    }

    private static Figures measure(Site site) throws Exception {
        site.throughput(MANY_THREADS, WARM_UP, false);
        Throughput follower1 = site.throughput(1, SAVES, false);
        Throughput followerMany = site.throughput(MANY_THREADS, SAVES, false);
        Throughput old1 = site.throughput(1, SAVES, true);
        Throughput oldMany = site.throughput(MANY_THREADS, SAVES, true);
        Latency follower = site.steady(site.node, false);
        Latency old = site.steady(site.node, true);
        site.followers().stop(); // no index work beside the inserts
        try {
            site.inserts(MANY_THREADS, INSERTS / 4, true); // warm-up
            InsertCost[] plain = {site.inserts(1, INSERTS, false), site.inserts(MANY_THREADS, INSERTS, false)};
            InsertCost[] logged = {site.inserts(1, INSERTS, true), site.inserts(MANY_THREADS, INSERTS, true)};
            return new Figures(new Throughput[] {old1, oldMany}, new Throughput[] {follower1, followerMany}, old,
                    follower, null, plain, logged);
        } finally {
            site.followers().start();
        }
    }

    private static void print(Figures h2, Figures postgres, Throughput[] h2DefaultDelay, double loadBefore) {
        System.out.printf("%nChange log benchmark: %d CPUs, Java %s (%s), %s %s; load average %.1f before, %.1f "
                        + "after (other processes share the CPUs and the disk: compare figures of one run only)%n"
                        + "%,d saves per throughput figure; steady load %d saves/s plus a probe %d/s for %d s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), System.getProperty("java.vm.name"),
                System.getProperty("os.name"), System.getProperty("os.arch"), loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), SAVES, STEADY_LOAD,
                PROBES_PER_SECOND, STEADY_FOR.toSeconds());
        String row = "%-66s %18s %18s%n";
        System.out.printf(row, "", "H2 (file)", "PostgreSQL");
        for (int t = 0; t < 2; t++) {
            int threads = t == 0 ? 1 : MANY_THREADS;
            System.out.printf("Saves per second through ClaimService, %d thread%s%n", threads, threads == 1 ? "" : "s");
            System.out.printf(row, "  old: index committed + refreshed in each save (baseline)",
                    perSecond(h2.old[t].acknowledged()), postgres == null ? "n/a" : perSecond(postgres.old[t].acknowledged()));
            System.out.printf(row, "  change log + follower: acknowledged",
                    perSecond(h2.follower[t].acknowledged()),
                    postgres == null ? "n/a" : perSecond(postgres.follower[t].acknowledged()));
            System.out.printf(row, "  change log + follower: all of them searchable",
                    perSecond(h2.follower[t].searchable()),
                    postgres == null ? "n/a" : perSecond(postgres.follower[t].searchable()));
        }
        System.out.printf("Save -> searchable under steady load, ms from the call (p50 / p99)%n");
        System.out.printf(row, "  old: searchable when the save returns (baseline)", h2.oldLatency.searchable(),
                postgres == null ? "n/a" : postgres.oldLatency.searchable());
        System.out.printf(row, "  change log: the save alone (call -> acknowledged)", h2.latency.save(),
                postgres == null ? "n/a" : postgres.latency.save());
        System.out.printf(row, "  change log: searchable on the same node", h2.latency.searchable(),
                postgres == null ? "n/a" : postgres.latency.searchable());
        System.out.printf(row, "  change log: searchable on the other node (saved on the first)", "n/a",
                postgres == null || postgres.acrossNodes == null ? "n/a" : postgres.acrossNodes.searchable());
        System.out.printf("H2 durability: saves per second through ClaimService, change log + follower%n");
        for (int t = 0; t < 2; t++) {
            int threads = t == 0 ? 1 : MANY_THREADS;
            System.out.printf(row, "  WRITE_DELAY=0, as configured, " + threads + " thread" + (threads == 1 ? "" : "s"),
                    perSecond(h2.follower[t].acknowledged()), "");
            System.out.printf(row, "  H2's default write delay (baseline), " + threads + " thread"
                    + (threads == 1 ? "" : "s"), perSecond(h2DefaultDelay[t].acknowledged()), "");
        }
        System.out.printf("Appending to the change log: microseconds per claim inserted with JDBC, a transaction each%n");
        for (int t = 0; t < 2; t++) {
            int threads = t == 0 ? 1 : MANY_THREADS;
            String suffix = ", " + threads + " thread" + (threads == 1 ? "" : "s");
            System.out.printf(row, "  insert alone (baseline)" + suffix, micros(h2.plainInsert[t].total()),
                    postgres == null ? "n/a" : micros(postgres.plainInsert[t].total()));
            System.out.printf(row, "  insert + change-log append" + suffix, micros(h2.loggedInsert[t].total()),
                    postgres == null ? "n/a" : micros(postgres.loggedInsert[t].total()));
            System.out.printf(row, "  = the append's cost per save" + suffix,
                    micros(h2.loggedInsert[t].total() - h2.plainInsert[t].total()), postgres == null ? "n/a"
                            : micros(postgres.loggedInsert[t].total() - postgres.plainInsert[t].total()));
            System.out.printf(row, "    of which inside the append (head, rows, NOTIFY)" + suffix,
                    micros(h2.loggedInsert[t].append()),
                    postgres == null ? "n/a" : micros(postgres.loggedInsert[t].append()));
        }
        System.out.println();
    }

    private static String perSecond(double value) {
        return String.format("%,.0f", value);
    }

    private static String micros(double value) {
        return String.format("%,.0f", value);
    }

    /** Saves per second: until the last save returned, and until the index showed it. */
    record Throughput(double acknowledged, double searchable) {
    }

    /** Latency percentiles, in milliseconds from the save's call: until it returned, and until it was searchable. */
    record Latency(String save, String searchable) {

        static Latency of(long[] saveNanos, long[] searchableNanos) {
            return new Latency(percentiles(saveNanos), percentiles(searchableNanos));
        }

        private static String percentiles(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return String.format("%.1f / %.1f", at(sorted, 0.50) / 1e6, at(sorted, 0.99) / 1e6);
        }

        private static long at(long[] sorted, double quantile) {
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)];
        }
    }

    /** Microseconds per insert, all told, and of them inside the change log's append (waiting for the head included). */
    record InsertCost(double total, double append) {
    }

    /**
     * Times the change log's append in one transaction: it starts when the steps before it are done (this one runs
     * just before the log's, which is the last) and ends at before-completion, which Spring calls after every
     * before-commit step and before the commit.
     */
    private static final class AppendTimer implements TransactionSynchronization {

        private final LongAdder total;
        private long started;

        AppendTimer(LongAdder total) {
            this.total = total;
        }

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

    /** One database's figures; index 0 is one thread, 1 is {@value #MANY_THREADS}. */
    record Figures(Throughput[] old, Throughput[] follower, Latency oldLatency, Latency latency, Latency acrossNodes,
                   InsertCost[] plainInsert, InsertCost[] loggedInsert) {

        Figures withAcrossNodes(Latency across) {
            return new Figures(old, follower, oldLatency, latency, across, plainInsert, loggedInsert);
        }
    }

    /** A node with the benchmark's accounts and article, and a scratch index for the old way of indexing. */
    private static final class Site implements AutoCloseable {

        private final ApplicationNode node;
        private final UUID articleId;
        private final UUID probeId;
        private final CommitPerSaveIndex oldIndex;

        private Site(ApplicationNode node, UUID articleId, UUID probeId, CommitPerSaveIndex oldIndex) {
            this.node = node;
            this.articleId = articleId;
            this.probeId = probeId;
            this.oldIndex = oldIndex;
        }

        static Site start(Path dataDir, List<String> settings) throws Exception {
            ApplicationNode node = ApplicationNode.start(dataDir, settings);
            for (int i = 0; i < MANY_THREADS; i++) {
                node.createAnnotator("writer-" + i);
            }
            node.createAnnotator("load-0");
            node.createAnnotator("load-1");
            UUID probeId = node.createAnnotator("probe");
            UUID articleId = ApplicationNode.as("probe", () -> node.articles()
                    .importArticle(NewArticle.of(TramArticle.TITLE, TramArticle.TEXT)).id());
            return new Site(node, articleId, probeId, new CommitPerSaveIndex(dataDir.resolve("old-index")));
        }

        Lifecycle followers() {
            return node.bean("changeFollowers", Lifecycle.class);
        }

        /**
         * {@code saves} saves from {@code threads} writers at full speed. The old way runs with the followers stopped,
         * so that nothing but the old indexing works beside the saves.
         */
        Throughput throughput(int threads, int saves, boolean oldWay) throws Exception {
            awaitCaughtUp(node);
            if (oldWay) {
                followers().stop();
            }
            try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                long started = System.nanoTime();
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    String writer = "writer-" + t;
                    int share = saves / threads;
                    done.add(pool.submit(() -> ApplicationNode.as(writer, () -> {
                        ClaimWriter claims = new ClaimWriter(node.claims(), articleId, writer);
                        for (int i = 0; i < share; i++) {
                            saveAndIndexTheOldWay(claims, oldWay);
                        }
                        return null;
                    })));
                }
                for (Future<?> each : done) {
                    each.get();
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
         * Saves at a steady pace ({@value #STEADY_LOAD}/s from two writers) while a probe saves
         * {@value #PROBES_PER_SECOND} times a second through this node and waits each time until {@code reader}'s
         * index shows its save.
         */
        Latency steady(ApplicationNode reader, boolean oldWay) throws Exception {
            awaitCaughtUp(node);
            awaitCaughtUp(reader);
            if (oldWay) {
                followers().stop();
            }
            AtomicInteger loadFailures = new AtomicInteger();
            try (ScheduledExecutorService load = Executors.newScheduledThreadPool(2)) {
                for (int w = 0; w < 2; w++) {
                    String writer = "load-" + w;
                    ClaimWriter claims = new ClaimWriter(node.claims(), articleId, writer);
                    load.scheduleAtFixedRate(() -> {
                        try {
                            ApplicationNode.as(writer, () -> saveAndIndexTheOldWay(claims, oldWay));
                        } catch (RuntimeException e) {
                            loadFailures.incrementAndGet();
                        }
                    }, 0, 2_000_000L / STEADY_LOAD, TimeUnit.MICROSECONDS);
                }
                int probes = (int) (STEADY_FOR.toSeconds() * PROBES_PER_SECOND);
                long[] saveNanos = new long[probes];
                long[] searchableNanos = new long[probes];
                ClaimWriter probe = new ClaimWriter(node.claims(), articleId, "probe");
                long period = 1_000_000_000L / PROBES_PER_SECOND;
                long next = System.nanoTime();
                for (int i = 0; i < probes; i++) {
                    next += period;
                    LockSupport.parkNanos(next - System.nanoTime()); // the probe's pace, not a wait for a result
                    long called = System.nanoTime();
                    ApplicationNode.as("probe", () -> saveAndIndexTheOldWay(probe, oldWay));
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
                load.shutdown();
                if (loadFailures.get() > 0) {
                    throw new IllegalStateException(loadFailures.get() + " saves of the steady load failed");
                }
                return Latency.of(saveNanos, searchableNanos);
            } finally {
                if (oldWay) {
                    followers().start();
                }
            }
        }

        /**
         * Claims inserted with plain JDBC, each in a transaction of its own, with or without recording the change in
         * the log: the difference is what the append costs a save. The time inside the append is taken between the
         * transaction's last before-commit step (the append is the last of them) and its before-completion step,
         * which comes right before the commit itself.
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
                return new InsertCost((System.nanoTime() - started) / 1e3 / inserts,
                        appendNanos.sum() / 1e3 / inserts);
            }
        }

        private void insertClaim(JdbcTemplate jdbc, ChangeLog changeLog, boolean withLog) {
            UUID id = UUID.randomUUID();
            Instant now = Instant.now();
            OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
            String quote = "Sentence 7 says the harbour tram carried 1007 passengers.";
            String restatement = "Inserted for the benchmark";
            jdbc.update("INSERT INTO claim (id, article_id, start_offset, end_offset, quote, prefix, suffix, "
                            + "restatement, created_by, created_at, modified_by, modified_at, version) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", id, articleId, 0, quote.length(), quote,
                    "", "", restatement, probeId, at, probeId, at);
            if (withLog) {
                // A state of the size a claim's has, so that the JSON costs what it costs for a real save.
                changeLog.record(ChangeKind.CLAIM_CREATED, probeId, id, articleId, () -> Map.of("id", id,
                        "articleId", articleId, "start", 0, "end", quote.length(), "quote", quote, "prefix", "",
                        "suffix", "", "restatement", restatement, "createdAt", now, "version", 0));
            }
        }

        private Void saveAndIndexTheOldWay(ClaimWriter claims, boolean oldWay) {
            ClaimDetails saved = claims.save();
            if (oldWay) {
                try {
                    oldIndex.put(node.bean(ClaimDigests.class).find(saved.id()).orElseThrow());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return null;
        }

        static void awaitCaughtUp(ApplicationNode reader) {
            long head = reader.changeLog().head();
            if (!reader.index().awaitVisible(head, PATIENCE)) {
                throw new IllegalStateException("The index did not reach change " + head);
            }
        }

        @Override
        public void close() throws Exception {
            try (node) {
                oldIndex.close();
            }
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
