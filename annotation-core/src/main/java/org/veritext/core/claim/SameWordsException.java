package org.veritext.core.claim;

import java.util.UUID;
import org.veritext.core.DomainException;

/** There is a claim over exactly these words already: one claim per passage, so its work is not split in two. */
public class SameWordsException extends DomainException {

    private final UUID existingClaimId;

    SameWordsException(UUID existingClaimId) {
        super("There is a claim over exactly these words already. Open it to add to it, or select other words.");
        this.existingClaimId = existingClaimId;
    }

    public UUID existingClaimId() {
        return existingClaimId;
    }
}
