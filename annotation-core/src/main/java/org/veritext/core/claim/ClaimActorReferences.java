package org.veritext.core.claim;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.veritext.core.actor.Actor;
import org.veritext.core.actor.ActorReferences;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.changes.ChangeLog;
import org.veritext.core.user.SignedInUser;
import org.veritext.core.user.UserLookup;

/** Claims' links, moved from one actor to another when the two are merged; each moved link is a recorded edit. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ClaimActorReferences implements ActorReferences {

    private final ClaimRepository claims;
    private final UserLookup users;
    private final ChangeLog changeLog;
    private final Clock clock;

    ClaimActorReferences(ClaimRepository claims, UserLookup users, ChangeLog changeLog, Clock clock) {
        this.claims = claims;
        this.users = users;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    @Override
    public void moveReferences(Actor absorbed, Actor kept, SignedInUser by) {
        for (Claim claim : claims.findLinkedTo(absorbed)) {
            if (claim.replaceActor(absorbed, kept, users.reference(by), clock.instant())) {
                changeLog.record(ChangeKind.CLAIM_EDITED, by.id(), claim.getId(), claim.getArticle().getId(),
                        () -> ClaimDetails.of(claim));
            }
        }
    }
}
