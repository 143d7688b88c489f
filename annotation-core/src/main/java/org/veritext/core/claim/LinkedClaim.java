package org.veritext.core.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A claim as an actor's or an event's page lists it: what it says, how it was rated, and where it is, with the
 * role the actor has in it (null on an event's page).
 */
public record LinkedClaim(UUID claimId, UUID articleId, String articleTitle, String publisher, LocalDate publishedOn,
                          String quote, String restatement, Verdict verdict, ActorRole role, Instant createdAt) {

    /** When the claim was made, as near as we know: the article's date, else when it was highlighted. */
    public LocalDate date() {
        return publishedOn != null ? publishedOn : createdAt.atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }
}
