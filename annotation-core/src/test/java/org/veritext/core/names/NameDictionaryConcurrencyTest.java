package org.veritext.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Searches running while the catalog changes. Each changing owner switches between two sets of names ("Bravo k
 * Churn" with "Charlie k Churn", or "Delta k Churn" alone) or is removed; a search must see either set whole, never
 * one name of a pair without the other, and must always find the owners that do not change.
 */
class NameDictionaryConcurrencyTest {

    private static final int STABLE = 30;
    private static final int CHANGING = 30;
    private static final int READERS = 3;
    private static final int MIN_SEARCHES_PER_READER = 50;
    private static final int CHANGES = 3_000;

    @Test
    void searchesSeeEachChangeWholeWhilePutAndRemoveRun() throws Exception {
        NameDictionary<String> dictionary = new NameDictionary<>();
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < STABLE; k++) {
            dictionary.put("stable-" + k, List.of("Alpha" + k + " Stable", "Стабільний" + k));
            text.append("Alpha").append(k).append(" Stable met Стабільний").append(k).append(".\n\n");
        }
        for (int k = 0; k < CHANGING; k++) {
            text.append("Bravo").append(k).append(" Churn, Charlie").append(k).append(" Churn and Delta").append(k)
                    .append(" Churn.\n\n");
        }
        String article = text.toString();
        List<NameMatch<String>> expectedStable = dictionary.findIn(article);
        assertThat(expectedStable).hasSize(2 * STABLE);

        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(READERS + 1)) {
            Future<?> writer = threads.submit(() -> {
                start.await();
                try {
                    for (int i = 0; i < CHANGES; i++) {
                        int k = (i / 3) % CHANGING;
                        switch (i % 3) {
                            case 0 -> dictionary.put("churn-" + k, List.of("Bravo" + k + " Churn", "Charlie" + k + " Churn"));
                            case 1 -> dictionary.put("churn-" + k, List.of("Delta" + k + " Churn"));
                            default -> dictionary.remove("churn-" + k);
                        }
                    }
                } finally {
                    writing.set(false);
                }
                return null;
            });
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                readers.add(threads.submit(() -> {
                    start.await();
                    int searches = 0;
                    while (writing.get() || searches < MIN_SEARCHES_PER_READER) {
                        checkConsistent(dictionary.findIn(article), expectedStable);
                        searches++;
                    }
                    return searches;
                }));
            }
            start.countDown();
            writer.get();
            for (Future<Integer> reader : readers) {
                assertThat(reader.get()).isGreaterThanOrEqualTo(MIN_SEARCHES_PER_READER);
            }
        }
        // Every changing owner's last change was a removal.
        assertThat(dictionary.size()).isEqualTo(2 * STABLE);
    }

    private static void checkConsistent(List<NameMatch<String>> matches, List<NameMatch<String>> expectedStable) {
        List<NameMatch<String>> stable = matches.stream()
                .filter(m -> m.owners().stream().anyMatch(o -> o.startsWith("stable-")))
                .toList();
        assertThat(stable).isEqualTo(expectedStable);

        Map<String, Set<String>> namesSeenByOwner = matches.stream()
                .filter(m -> !stable.contains(m))
                .collect(Collectors.groupingBy(m -> m.owners().iterator().next(),
                        Collectors.mapping(m -> m.text().replaceAll("\\d+", ""), Collectors.toSet())));
        namesSeenByOwner.forEach((owner, names) -> {
            assertThat(owner).startsWith("churn-");
            assertThat(names).isIn(Set.of("Bravo Churn", "Charlie Churn"), Set.of("Delta Churn"));
        });
    }
}
