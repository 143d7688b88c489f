package org.veritext.search.index;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Batches read on one thread while the previous ones are written on the caller's: a rebuild reads claims from the
 * database and analyses them for the index, two jobs of similar weight, which this runs on two cores at once. At
 * most {@link #AHEAD} batches wait, so memory stays bounded whatever the database holds.
 *
 * <p>The reading thread is never interrupted: it may be inside the database's file I/O, and an interrupt there
 * closes the file channel under the embedded database. When writing fails, a flag tells the reader to stop at its
 * next hand-over instead.
 */
final class ReadAhead {

    static final int AHEAD = 2;
    private static final Object END = new Object();
    private static final long POLL_MILLIS = 100;

    /** Writes one batch. */
    interface BatchWriter<T> {
        void write(List<T> batch) throws IOException;
    }

    private ReadAhead() {
    }

    /**
     * Runs {@code reading}, which hands each batch it reads to the consumer it is given, and {@code writing} on each
     * batch, in order. A failure of either (an {@link Error} too) stops both and is thrown here, so that a rebuild
     * never takes a partly read database for the whole of it.
     */
    @SuppressWarnings("unchecked")
    static <T> void forEachBatch(String name, Consumer<Consumer<List<T>>> reading, BatchWriter<T> writing)
            throws IOException {
        BlockingQueue<Object> read = new ArrayBlockingQueue<>(AHEAD);
        AtomicReference<Throwable> readingFailed = new AtomicReference<>();
        Stop stop = new Stop();
        Thread reader = Thread.ofPlatform().name(name).daemon(true).start(() -> {
            try {
                reading.accept(batch -> handOver(read, batch, stop));
                handOver(read, END, stop);
            } catch (Throwable e) { // even an Error: the writer must not take what was read so far for everything
                readingFailed.set(e);
                read.offer(END); // room or not: the writer also looks at readingFailed while it waits
            }
        });
        try {
            for (Object next = take(read, readingFailed); next != END; next = take(read, readingFailed)) {
                writing.write((List<T>) next);
            }
        } finally {
            stop.requested = true;
            read.clear(); // lets a reader blocked on a full queue see the flag
            joinUninterruptibly(reader);
        }
        Throwable failure = readingFailed.get();
        if (failure instanceof CancellationException) {
            return; // it stopped because writing had failed, which is thrown already
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    private static final class Stop {
        volatile boolean requested;
    }

    private static void handOver(BlockingQueue<Object> read, Object item, Stop stop) {
        try {
            do {
                if (stop.requested) {
                    throw new CancellationException("Writing stopped");
                }
            } while (!read.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted");
        }
    }

    /** The next batch, or END once reading has ended (by failing too: its END may not have found room). */
    private static Object take(BlockingQueue<Object> read, AtomicReference<Throwable> readingFailed)
            throws IOException {
        try {
            while (true) {
                Object next = read.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (next != null) {
                    return next;
                }
                if (readingFailed.get() != null) {
                    return END;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for the next batch", e);
        }
    }

    private static void joinUninterruptibly(Thread reader) {
        boolean interrupted = false;
        while (true) {
            try {
                reader.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
