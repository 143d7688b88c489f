package org.veritext.core.mention;

import java.util.UUID;
import org.veritext.core.actor.ActorRef;
import org.veritext.core.event.EventRef;

/** A mention as the article view shows it: where, and whom or what it names (one of actor and event). */
public record MentionDetails(UUID id, UUID articleId, int start, int end, String quote, ActorRef actor, EventRef event,
                             long version) {

    static MentionDetails of(Mention mention) {
        return new MentionDetails(mention.getId(), mention.getArticle().getId(), mention.getAnchor().start(),
                mention.getAnchor().end(), mention.getAnchor().quote(),
                mention.getActor() == null ? null : ActorRef.of(mention.getActor()),
                mention.getEvent() == null ? null : EventRef.of(mention.getEvent()), mention.getVersion());
    }

    /** The name of what is mentioned, for a label. */
    public String label() {
        return actor != null ? actor.name() : event.title();
    }
}
