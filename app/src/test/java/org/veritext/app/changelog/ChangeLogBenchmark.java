package org.veritext.app.changelog;

import static org.veritext.app.changelog.BenchmarkReport.median;
import static org.veritext.app.changelog.BenchmarkSite.MANY_THREADS;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.veritext.app.changelog.BenchmarkSite.InsertCost;
import org.veritext.app.changelog.BenchmarkSite.Latency;
import org.veritext.app.changelog.BenchmarkSite.Throughput;
import org.veritext.core.testing.TestPostgres;

/**
 * What the change log costs a save, and how soon a save can be found, in one run: saves per second through the
 * claim service with the change log and its index follower against the old indexing (commit and refresh inside
 * every save); save → searchable latency under a steady write load, on one node and across two nodes on
 * PostgreSQL; what H2's WRITE_DELAY=0 costs; and what appending to the log costs one save. Not a test (the name
 * does not end in "Test"); run it with
 *
 * <pre>./mvnw -pl app -am verify -Dtest=ChangeLogBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * It prints one table and asserts nothing about time. Compared figures are measured by turns, each
 * {@value #REPEATS} times, and shown as median (min–max): the machine this was written on is shared, and load
 * that comes and goes would otherwise favour whichever ran at a quiet moment. The PostgreSQL column needs the
 * server {@code .ci/run} starts (or {@code VERITEXT_TEST_POSTGRES_URL}); without one it reads "n/a". Figures and
 * what they say: docs/benchmarks.md.
 */
class ChangeLogBenchmark {

    private static final int H2 = 0;
    private static final int POSTGRES = 1;
    private static final int REPEATS = 3;
    private static final Duration RUN_FOR = Duration.ofSeconds(5);
    /**
     * Full-speed saves before anything is measured, until two rounds in a row agree within a tenth (or for at most
     * {@value #MAX_WARM_UP_ROUNDS} rounds): on two busy cores the JIT needs minutes, not seconds, to compile the
     * service's paths, and the figures measured earlier would be several times too low.
     */
    private static final Duration WARM_UP_ROUND = Duration.ofSeconds(10);
    private static final int MAX_WARM_UP_ROUNDS = 15;
    /**
     * Saves per second the steady load makes, besides the probe whose latency is measured: a busy newsroom, and well
     * below what the old way could keep up with, so that the latencies are not those of a queue.
     */
    private static final int STEADY_LOAD = 20;
    private static final int PROBES_PER_SECOND = 10;
    private static final Duration STEADY_FOR = Duration.ofSeconds(30);
    private static final int INSERTS = 1_000;
    private static final String H2_DEFAULT_WRITE_DELAY = ";LOCK_TIMEOUT=10000";

    private final Path folder = Path.of("target", "test-data", "bench-changelog-" + UUID.randomUUID()).toAbsolutePath();
    private final BenchmarkReport report = new BenchmarkReport(List.of("H2 (file)", "PostgreSQL"));

    @Test
    void printsWhatTheChangeLogCostsAndHowSoonASaveIsSearchable() throws Exception {
        double loadBefore = loadAverage();
        long started = System.nanoTime();
        String delayedUrl = "jdbc:h2:file:" + folder.resolve("h2-delay").resolve("db").resolve("veritext")
                + H2_DEFAULT_WRITE_DELAY;
        try (BenchmarkSite h2 = BenchmarkSite.start(folder.resolve("h2"), List.of());
             BenchmarkSite delayed = BenchmarkSite.start(folder.resolve("h2-delay"),
                     List.of("--spring.datasource.url=" + delayedUrl))) {
            warmUp(h2);
            warmUp(delayed);
            measure(H2, h2, null);
            writeDelay(h2, delayed);
        }
        if (TestPostgres.reachable()) {
            String database = TestPostgres.newDatabaseName();
            List<String> settings = ApplicationNode.postgres(TestPostgres.createDatabase(database), TestPostgres.USER,
                    TestPostgres.PASSWORD);
            try (BenchmarkSite postgres = BenchmarkSite.start(folder.resolve("pg-first"), settings);
                 ApplicationNode second = ApplicationNode.start(folder.resolve("pg-second"), settings)) {
                warmUp(postgres);
                measure(POSTGRES, postgres, second);
            } finally {
                TestPostgres.dropDatabase(database);
            }
        }
        report.print("Change log benchmark: %d CPUs, Java %s (%s), %s %s; load average %.1f before, %.1f after; %d s"
                .formatted(Runtime.getRuntime().availableProcessors(), Runtime.version(),
                        System.getProperty("java.vm.name"), System.getProperty("os.name"),
                        System.getProperty("os.arch"), loadBefore, loadAverage(),
                        Duration.ofNanos(System.nanoTime() - started).toSeconds()));
    }

    private static void warmUp(BenchmarkSite site) throws Exception {
        double previous = 0;
        for (int round = 0; round < MAX_WARM_UP_ROUNDS; round++) {
            double rate = site.throughput(MANY_THREADS, WARM_UP_ROUND, false).acknowledged();
            if (Math.abs(rate - previous) < rate / 10) {
                break;
            }
            previous = rate;
        }
        site.throughput(MANY_THREADS, WARM_UP_ROUND, true);
        site.followers().stop();
        try {
            site.inserts(MANY_THREADS, INSERTS * 2, true);
            site.inserts(MANY_THREADS, INSERTS * 2, false);
        } finally {
            site.followers().start();
        }
    }

    private void measure(int column, BenchmarkSite site, ApplicationNode second) throws Exception {
        report.heading("Saves per second through ClaimService, %d s at full speed, median (min–max) of %d"
                .formatted(RUN_FOR.toSeconds(), REPEATS));
        for (int threads : new int[] {1, MANY_THREADS}) {
            List<Double> old = new ArrayList<>();
            List<Double> acknowledged = new ArrayList<>();
            List<Double> searchable = new ArrayList<>();
            for (int i = 0; i < REPEATS; i++) {
                old.add(site.throughput(threads, RUN_FOR, true).acknowledged());
                Throughput follower = site.throughput(threads, RUN_FOR, false);
                acknowledged.add(follower.acknowledged());
                searchable.add(follower.searchable());
            }
            report.put("old: index committed + refreshed in each save (baseline), " + threads(threads), column,
                    median(old));
            report.put("change log + follower: acknowledged, " + threads(threads), column, median(acknowledged));
            report.put("change log + follower: all of them searchable, " + threads(threads), column,
                    median(searchable));
        }

        report.heading(("Save -> searchable under a steady load of %d saves/s, a probe %d/s for %d s: ms from the "
                + "call, p50 / p99").formatted(STEADY_LOAD, PROBES_PER_SECOND, STEADY_FOR.toSeconds()));
        Latency old = site.steady(site.node, true, STEADY_LOAD, PROBES_PER_SECOND, STEADY_FOR);
        Latency follower = site.steady(site.node, false, STEADY_LOAD, PROBES_PER_SECOND, STEADY_FOR);
        report.put("old: searchable when the save returns (baseline)", column, old.searchable().toString());
        report.put("change log: the save alone (call -> acknowledged)", column, follower.save().toString());
        report.put("change log: searchable on the same node", column, follower.searchable().toString());
        String acrossNodes = "change log: searchable on another node (saved through the first)";
        if (second != null) {
            Latency across = site.steady(second, false, STEADY_LOAD, PROBES_PER_SECOND, STEADY_FOR);
            report.put(acrossNodes, column, across.searchable().toString());
        } else {
            report.put(acrossNodes, column, "n/a"); // keeps the row in its place for the next column
        }

        report.heading("Appending to the change log: microseconds per claim inserted with JDBC, a transaction each, "
                + "median (min–max) of " + REPEATS);
        site.followers().stop();
        try {
            for (int threads : new int[] {1, MANY_THREADS}) {
                List<Double> alone = new ArrayList<>();
                List<Double> withAppend = new ArrayList<>();
                List<Double> difference = new ArrayList<>();
                List<Double> insideAppend = new ArrayList<>();
                for (int i = 0; i < REPEATS; i++) {
                    InsertCost plain = site.inserts(threads, INSERTS, false);
                    InsertCost logged = site.inserts(threads, INSERTS, true);
                    alone.add(plain.total());
                    withAppend.add(logged.total());
                    difference.add(logged.total() - plain.total());
                    insideAppend.add(logged.append());
                }
                report.put("insert alone (baseline), " + threads(threads), column, median(alone));
                report.put("insert + change-log append, " + threads(threads), column, median(withAppend));
                report.put("= the append's cost per save, " + threads(threads), column, median(difference));
                report.put("time one transaction spends in the append, waits included, " + threads(threads),
                        column, median(insideAppend));
            }
        } finally {
            site.followers().start();
        }
    }

    /** Saves per second through the service on H2 with WRITE_DELAY=0, as configured, and with H2's default. */
    private void writeDelay(BenchmarkSite configured, BenchmarkSite delayed) throws Exception {
        report.heading(("H2's write delay: saves per second through ClaimService (change log + follower), %d s at "
                + "full speed, median (min–max) of %d").formatted(RUN_FOR.toSeconds(), REPEATS));
        for (int threads : new int[] {1, MANY_THREADS}) {
            List<Double> zero = new ArrayList<>();
            List<Double> standard = new ArrayList<>();
            for (int i = 0; i < REPEATS; i++) {
                zero.add(configured.throughput(threads, RUN_FOR, false).acknowledged());
                standard.add(delayed.throughput(threads, RUN_FOR, false).acknowledged());
            }
            report.put("WRITE_DELAY=0, as configured, " + threads(threads), H2, median(zero));
            report.put("H2's default delay, up to 500 ms (baseline), " + threads(threads), H2, median(standard));
        }
    }

    private static String threads(int threads) {
        return threads == 1 ? "1 thread" : threads + " threads";
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
