package org.veritext.core.mention;

import java.util.UUID;

/** A mention as the change log records it: where, and what it names (by id). */
record MentionState(UUID id, UUID articleId, int start, int end, String quote, UUID actorId, UUID eventId) {

    static MentionState of(Mention mention) {
        return new MentionState(mention.getId(), mention.getArticle().getId(), mention.getAnchor().start(),
                mention.getAnchor().end(), mention.getAnchor().quote(),
                mention.getActor() == null ? null : mention.getActor().getId(),
                mention.getEvent() == null ? null : mention.getEvent().getId());
    }
}
