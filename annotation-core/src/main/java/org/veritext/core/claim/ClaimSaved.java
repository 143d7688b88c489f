package org.veritext.core.claim;

import java.util.UUID;

/** A claim was created or changed. Published inside the transaction; derived stores listen after commit. */
public record ClaimSaved(UUID claimId, UUID articleId) {
}
