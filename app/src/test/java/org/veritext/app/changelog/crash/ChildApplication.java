package org.veritext.app.changelog.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link SaveBurst} in a JVM of its own, on this test's classpath. Every line it prints is kept (and copied to a
 * log file beside its data, with what it writes to stderr); lines starting with {@code ACK} are counted as they
 * arrive, so that the test can kill it in the middle of a burst.
 */
final class ChildApplication implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
    private final AtomicInteger acks = new AtomicInteger();
    private final CompletableFuture<Void> outputClosed = new CompletableFuture<>();

    private ChildApplication(Process process, Path log) {
        this.process = process;
        this.log = log;
        Thread.ofPlatform().daemon().name("child-output").start(this::readOutput);
    }

    /** Starts {@code SaveBurst} with {@code arguments}; its output goes to {@code log} too. */
    static ChildApplication start(Path log, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx512m", "-XX:+UseSerialGC", "-Dstdout.encoding=UTF-8", "--enable-native-access=ALL-UNNAMED",
                // Surefire's class path may be a jar that only lists the others in its manifest: -cp takes that too.
                "-cp", System.getProperty("java.class.path"), SaveBurst.class.getName()));
        command.addAll(List.of(arguments));
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command)
                .redirectError(log.resolveSibling(log.getFileName() + ".stderr").toFile())
                .start();
        return new ChildApplication(process, log);
    }

    int acks() {
        return acks.get();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the process with SIGKILL (no shutdown hooks, nothing flushed) and returns once all it printed is read. */
    void kill() throws Exception {
        process.destroyForcibly();
        awaitExit(60);
    }

    /** Waits for the process to end and for everything it printed; returns its exit code. */
    int awaitExit(long seconds) throws Exception {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new TimeoutException("The child application did not end within " + seconds + " s; see " + log);
        }
        outputClosed.get(seconds, TimeUnit.SECONDS);
        return process.exitValue();
    }

    /** Everything printed so far. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    Path log() {
        return log;
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private void readOutput() {
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter copy = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                lines.add(line);
                if (line.startsWith("ACK ")) {
                    acks.incrementAndGet();
                }
                copy.println(line);
            }
            outputClosed.complete(null);
        } catch (IOException closedAtExit) {
            if (process.isAlive()) {
                outputClosed.completeExceptionally(new UncheckedIOException(closedAtExit));
            } else {
                // The JDK's process reaper can close a dead child's pipe under a reader still in read() ("Stream
                // closed"; seen once in three full runs). Only the last lines before the kill can be cut off; the
                // checks work on what was read, as they would if the kill had come a moment earlier.
                outputClosed.complete(null);
            }
        } catch (RuntimeException e) {
            outputClosed.completeExceptionally(e);
        }
    }
}
