package org.veritext.core.discussion;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.veritext.core.NotFoundException;
import org.veritext.core.access.Access;
import org.veritext.core.access.ClaimAction;
import org.veritext.core.access.Permission;
import org.veritext.core.claim.ClaimLookup;
import org.veritext.core.claim.ClaimLookup.ClaimParties;
import org.veritext.core.user.SignedInUser;

/** The door to a claim's discussion: every member of the claim's project reads it and writes in it. */
@Service
@Transactional
public class CommentService {

    private final Comments comments;
    private final ClaimLookup claims;
    private final Access access;

    CommentService(Comments comments, ClaimLookup claims, Access access) {
        this.comments = comments;
        this.claims = claims;
        this.access = access;
    }

    /** The claim's comments, each thread in order. */
    @Transactional(readOnly = true)
    public List<CommentDetails> thread(UUID claimId) {
        ClaimParties claim = claims.find(claimId).orElseThrow(CommentService::notFound);
        access.require(Permission.READ, claim.projectId(), CommentService::notFound);
        return comments.thread(claimId);
    }

    /**
     * Adds a comment, or an answer to {@code parentId}. Members named with @username are notified; so are the
     * claim's maker and last editor, and the author of the comment answered.
     */
    public CommentDetails add(UUID claimId, UUID parentId, String body) {
        ClaimParties claim = claims.find(claimId).orElseThrow(CommentService::notFound);
        SignedInUser user = access.require(ClaimAction.COMMENT, claim.facts(), CommentService::notFound);
        return comments.add(claim, parentId, user.id(), CommentKind.COMMENT, body, true);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("This claim does not exist any more, or it is in a project you are not in.");
    }
}
