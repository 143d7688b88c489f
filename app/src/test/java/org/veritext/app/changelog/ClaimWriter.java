package org.veritext.app.changelog;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.veritext.core.claim.ClaimDetails;
import org.veritext.core.claim.ClaimService;

/**
 * One fact-checker's saves, as a benchmark makes them: every other save highlights a new claim in the
 * {@link TramArticle}, the others restate one of the claims this writer made (so writers never meet an edit
 * conflict). Call it on a thread signed in as the writer; never share one between threads.
 */
final class ClaimWriter {

    private final ClaimService claims;
    private final UUID articleId;
    private final String name;
    private final List<ClaimDetails> mine = new ArrayList<>();
    private long saves;

    ClaimWriter(ClaimService claims, UUID articleId, String name) {
        this.claims = claims;
        this.articleId = articleId;
        this.name = name;
    }

    ClaimDetails save() {
        long n = saves++;
        if (mine.isEmpty() || n % 2 == 0) {
            ClaimDetails created = claims.create(articleId, TramArticle.sentence(n), name + " highlighted this, save " + n);
            mine.add(created);
            return created;
        }
        int which = (int) (n % mine.size());
        ClaimDetails claim = mine.get(which);
        ClaimDetails restated = claims.restate(claim.id(), claim.version(), name + " restated this, save " + n);
        mine.set(which, restated);
        return restated;
    }
}
