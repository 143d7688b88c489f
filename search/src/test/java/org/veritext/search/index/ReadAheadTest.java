package org.veritext.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    @Test
    void writesEveryBatchReadInOrder() throws IOException {
        List<Integer> written = new ArrayList<>();

        ReadAhead.<Integer>forEachBatch("test-reading", reading -> IntStream.range(0, 50)
                .forEach(n -> reading.accept(List.of(2 * n, 2 * n + 1))), written::addAll);

        assertThat(written).isEqualTo(IntStream.range(0, 100).boxed().toList());
    }

    @Test
    void aWritingFailureStopsReadingThatWouldNeverEnd() {
        AtomicInteger read = new AtomicInteger();

        assertThatThrownBy(() -> ReadAhead.<Integer>forEachBatch("test-reading", reading -> {
            while (true) { // an endless source: only the writer's failure can stop it
                reading.accept(List.of(read.incrementAndGet()));
            }
        }, batch -> {
            if (batch.getFirst() == 3) {
                throw new IOException("disk full");
            }
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        // Returned, so the reader ended (it is joined); it read at most the batches that fit ahead of the failure.
        assertThat(read.get()).isLessThanOrEqualTo(3 + ReadAhead.AHEAD + 2);
    }

    @Test
    void anErrorWhileReadingIsThrownNotTakenForTheEnd() {
        List<Integer> written = new ArrayList<>();

        assertThatThrownBy(() -> ReadAhead.<Integer>forEachBatch("test-reading", reading -> {
            reading.accept(List.of(1));
            throw new OutOfMemoryError("Java heap space");
        }, written::addAll)).isInstanceOf(OutOfMemoryError.class);
        assertThat(written).containsExactly(1);
    }

    @Test
    void aReadingFailureIsThrownAfterWhatWasReadBeforeIt() {
        List<Integer> written = new ArrayList<>();

        assertThatThrownBy(() -> ReadAhead.<Integer>forEachBatch("test-reading", reading -> {
            reading.accept(List.of(1));
            reading.accept(List.of(2));
            throw new IllegalStateException("database gone");
        }, written::addAll)).isInstanceOf(IllegalStateException.class).hasMessage("database gone");
        assertThat(written).containsExactly(1, 2);
    }
}
