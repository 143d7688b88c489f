package org.veritext.core.mention;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.veritext.core.actor.Actor;
import org.veritext.core.actor.ActorReferences;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.changes.ChangeLog;
import org.veritext.core.user.SignedInUser;

/** Mentions of one actor, made mentions of another when the two are merged. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class MentionActorReferences implements ActorReferences {

    private final MentionRepository mentions;
    private final ChangeLog changeLog;

    MentionActorReferences(MentionRepository mentions, ChangeLog changeLog) {
        this.mentions = mentions;
        this.changeLog = changeLog;
    }

    @Override
    public void moveReferences(Actor absorbed, Actor kept, SignedInUser by) {
        for (Mention mention : mentions.findNaming(absorbed)) {
            mention.nameInstead(kept);
            changeLog.record(ChangeKind.MENTION_CHANGED, by.id(), mention.getId(), mention.getArticle().getId(),
                    () -> MentionState.of(mention));
        }
    }
}
