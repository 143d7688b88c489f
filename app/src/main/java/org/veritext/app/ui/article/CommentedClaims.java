package org.veritext.app.ui.article;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.veritext.core.changes.Change;
import org.veritext.core.changes.ChangeKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The claims that got comments in a batch of changes. A comment's change names the comment as its subject and the
 * article as its article; the claim it belongs to is in its state ({@code "claimId"}).
 */
final class CommentedClaims {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CommentedClaims() {
    }

    static Set<UUID> in(List<Change> changes) {
        Set<UUID> claims = new LinkedHashSet<>();
        for (Change change : changes) {
            if (change.kind() == ChangeKind.COMMENT_ADDED && change.state() != null) {
                JsonNode claimId = JSON.readTree(change.state()).path("claimId");
                if (claimId.isString()) {
                    claims.add(UUID.fromString(claimId.asString()));
                }
            }
        }
        return claims;
    }
}
