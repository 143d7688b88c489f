package org.veritext.search.index;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Batches read on one thread while the previous ones are written on the caller's: a rebuild reads claims from the
 * database and analyses them for the index, two jobs of similar weight, which this runs on two cores at once. At
 * most {@link #AHEAD} batches wait, so memory stays bounded whatever the database holds.
 */
final class ReadAhead {

    static final int AHEAD = 2;
    private static final Object END = new Object();

    /** Writes one batch. */
    interface BatchWriter<T> {
        void write(List<T> batch) throws IOException;
    }

    private ReadAhead() {
    }

    /**
     * Runs {@code reading}, which hands each batch it reads to the consumer it is given, and {@code writing} on each
     * batch, in order. A failure of either stops both and is thrown here.
     */
    @SuppressWarnings("unchecked")
    static <T> void forEachBatch(String name, Consumer<Consumer<List<T>>> reading, BatchWriter<T> writing)
            throws IOException {
        BlockingQueue<Object> read = new ArrayBlockingQueue<>(AHEAD);
        AtomicReference<RuntimeException> readingFailed = new AtomicReference<>();
        Thread reader = Thread.ofPlatform().name(name).daemon(true).start(() -> {
            try {
                reading.accept(batch -> {
                    try {
                        read.put(batch);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new CancellationException("Writing stopped");
                    }
                });
            } catch (RuntimeException e) {
                readingFailed.set(e);
            } finally {
                try {
                    read.put(END);
                } catch (InterruptedException stoppedByTheWriter) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        try {
            for (Object next = read.take(); next != END; next = read.take()) {
                writing.write((List<T>) next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for the next batch", e);
        } finally {
            reader.interrupt(); // a no-op once it has ended; otherwise the writer failed and reading must stop too
            joinQuietly(reader);
        }
        if (readingFailed.get() != null) {
            throw readingFailed.get();
        }
    }

    private static void joinQuietly(Thread reader) {
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
