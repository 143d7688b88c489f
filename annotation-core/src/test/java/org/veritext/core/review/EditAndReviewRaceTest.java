package org.veritext.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.veritext.core.DomainException;
import org.veritext.core.EditConflictException;
import org.veritext.core.article.ArticleService;
import org.veritext.core.article.NewArticle;
import org.veritext.core.changes.Change;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.claim.ClaimEdit;
import org.veritext.core.claim.ClaimService;
import org.veritext.core.claim.ClaimStates;
import org.veritext.core.testing.DatabaseTest;
import org.veritext.core.testing.Selections;
import org.veritext.core.testing.SignIn;

/**
 * Many people at once on one claim: two annotators editing and submitting, a reviewer sending it back. Every
 * attempt either wins or is told why not (a conflict, or the workflow no longer allows it); no win is lost; the
 * claim's history holds every win, in order.
 */
class EditAndReviewRaceTest extends DatabaseTest {

    private static final String TEXT = "Each side said it would hand over the bodies of 6,000 soldiers.";
    private static final int ATTEMPTS_PER_THREAD = 25;

    @Autowired
    private ArticleService articles;

    @Autowired
    private ClaimService claims;

    @Autowired
    private ClaimStates states;

    /** One attempt that won: the version it made, and the restatement it left. */
    private record Win(long version, String restatement, String by) {
    }

    @Test
    void everySaveWinsOrIsRefusedAndHistoryHasEveryWinInOrder() throws Exception {
        UUID claimId = SignIn.as(ANNOTATOR, () -> {
            UUID articleId = articles.importArticle(desk, NewArticle.of("Race", TEXT)).id();
            return claims.create(articleId, Selections.of(TEXT, "the bodies of 6,000 soldiers"), "Start.").id();
        });
        List<Win> wins = Collections.synchronizedList(new ArrayList<>());
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (String user : List.of(ANNOTATOR, MANAGER, ANNOTATOR)) {
            running.add(threads.submit(() -> race(user, start, claimId, wins, refusals, failures, false)));
        }
        running.add(threads.submit(() -> race(REVIEWER, start, claimId, wins, refusals, failures, true)));
        start.countDown();
        for (Future<?> thread : running) {
            thread.get(2, TimeUnit.MINUTES);
        }
        threads.shutdown();

        assertThat(failures).as("nothing but a win, a conflict or the workflow's refusal").isEmpty();
        assertThat(wins.size() + refusals.size()).isEqualTo(4 * ATTEMPTS_PER_THREAD);
        List<Win> inOrder = wins.stream().sorted(Comparator.comparingLong(Win::version)).toList();
        for (int i = 0; i < inOrder.size(); i++) {
            assertThat(inOrder.get(i).version()).as("each win makes the next version").isEqualTo(i + 1);
        }
        ClaimDetails last = SignIn.as(ANNOTATOR, () -> claims.get(claimId));
        assertThat(last.version()).isEqualTo(wins.size());
        assertThat(last.restatement()).isEqualTo(inOrder.isEmpty() ? "Start." : inOrder.getLast().restatement());

        List<Change> history = changeLog.of(claimId);
        assertThat(history).hasSize(wins.size() + 1);
        for (int i = 0; i < inOrder.size(); i++) {
            assertThat(states.parse(history.get(i + 1).state()).restatement())
                    .as("change %d of the history is win %d", i + 1, i + 1).isEqualTo(inOrder.get(i).restatement());
        }
        assertThat(wins).as("some attempts won").isNotEmpty();
        assertThat(refusals).as("some attempts met a colleague's change").isNotEmpty();
    }

    private void race(String user, CountDownLatch start, UUID claimId, List<Win> wins, List<String> refusals,
                      List<Throwable> failures, boolean reviewer) {
        try {
            start.await();
            SignIn.as(user);
            for (int n = 0; n < ATTEMPTS_PER_THREAD; n++) {
                ClaimDetails seen = claims.get(claimId);
                String restatement = user + " " + Thread.currentThread().threadId() + " #" + n;
                try {
                    ClaimDetails saved;
                    if (reviewer) {
                        saved = claims.move(claimId, seen.version(), ReviewMove.REQUEST_CHANGES, "Again, please.");
                    } else if (n % 5 == 4) {
                        saved = claims.move(claimId, seen.version(), ReviewMove.SUBMIT, null);
                    } else {
                        saved = claims.edit(claimId, seen.version(), ClaimEdit.of(seen).withRestatement(restatement));
                    }
                    wins.add(new Win(saved.version(), saved.restatement(), user));
                } catch (EditConflictException conflict) {
                    refusals.add("conflict");
                } catch (DomainException workflowSaysNo) {
                    refusals.add(workflowSaysNo.getMessage());
                }
            }
        } catch (Throwable failure) {
            failures.add(failure);
        }
    }
}
