package org.veritext.core.claim;

import java.util.UUID;

/** A claim was deleted. Published inside the transaction; derived stores listen after commit. */
public record ClaimDeleted(UUID claimId, UUID articleId) {
}
