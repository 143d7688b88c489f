package org.veritext.app.changelog.crash;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.veritext.app.changelog.ApplicationNode;
import org.veritext.app.changelog.TramArticle;
import org.veritext.core.article.NewArticle;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.testing.SignIn;
import org.veritext.search.index.ClaimIndex;

/**
 * The application as the child process of {@link CrashRecoveryTest}, which reads what it prints and kills it.
 *
 * <ul>
 *   <li>{@code burst <saves> <threads> <data-dir> [settings]}: imports an article, then saves claims from several
 *       threads (each creates claims and restates its own, so no save meets an edit conflict). Before each save it
 *       prints {@code TRY n}, and only after the claim service has returned {@code ACK n claimId version}: an
 *       {@code ACK} line is a save the user was told had succeeded. Save n always writes the restatement
 *       {@link #restatement(int)}, so the text in the database tells which save wrote it.</li>
 *   <li>{@code catch-up <data-dir> [settings]}: starts the application again on the same data, waits until the
 *       search index shows every change in the log, prints {@code CAUGHT-UP head}, and stops cleanly.</li>
 * </ul>
 */
public final class SaveBurst {

    static final String USER = "burst";
    private static final Duration CATCH_UP_PATIENCE = Duration.ofMinutes(2);

    private SaveBurst() {
    }

    public static void main(String[] args) throws InterruptedException {
        switch (args[0]) {
            case "burst" -> burst(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Path.of(args[3]),
                    Arrays.copyOfRange(args, 4, args.length));
            case "catch-up" -> System.exit(catchUp(Path.of(args[1]), Arrays.copyOfRange(args, 2, args.length)));
            default -> throw new IllegalArgumentException("Unknown mode " + args[0]);
        }
    }

    /** What save number {@code n} writes, whether it creates or restates. */
    static String restatement(int n) {
        return "Burst save " + n + " restates this claim.";
    }

    private static void burst(int saves, int threads, Path dataDir, String[] settings) throws InterruptedException {
        ApplicationNode node = ApplicationNode.start(dataDir, List.of(settings));
        node.createAnnotator(USER);
        UUID articleId = ApplicationNode.as(USER, () -> node.articles()
                .importArticle(node.testDesk(), NewArticle.of(TramArticle.TITLE, TramArticle.TEXT)).id());
        System.out.println("ARTICLE " + articleId);

        ClaimService claims = node.claims();
        AtomicInteger nextSave = new AtomicInteger();
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            writers.add(Thread.ofPlatform().name("writer-" + t).start(() -> {
                SignIn.as(USER);
                List<ClaimDetails> mine = new ArrayList<>();
                for (int n = nextSave.getAndIncrement(); n < saves; n = nextSave.getAndIncrement()) {
                    System.out.println("TRY " + n);
                    try {
                        ClaimDetails saved;
                        if (mine.isEmpty() || n % 2 == 0) {
                            saved = claims.create(articleId, TramArticle.sentence(n), restatement(n));
                            mine.add(saved);
                        } else {
                            int which = n % mine.size();
                            saved = claims.restate(mine.get(which).id(), mine.get(which).version(), restatement(n));
                            mine.set(which, saved);
                        }
                        System.out.println("ACK " + n + " " + saved.id() + " " + saved.version());
                    } catch (RuntimeException e) {
                        System.out.println("FAIL " + n + " " + e);
                    }
                }
            }));
        }
        for (Thread writer : writers) {
            writer.join();
        }
        System.out.println("DONE");
        node.close();
    }

    private static int catchUp(Path dataDir, String[] settings) {
        try (ApplicationNode node = ApplicationNode.start(dataDir, List.of(settings))) {
            long head = node.changeLog().head();
            ClaimIndex index = node.index();
            if (!index.awaitVisible(head, CATCH_UP_PATIENCE)) {
                System.out.println("BEHIND head " + head + ", index at " + index.visiblePosition());
                return 1;
            }
            System.out.println("CAUGHT-UP " + head);
            return 0;
        }
    }
}
