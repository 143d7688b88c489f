package org.veritext.core.changes;

import java.time.Instant;
import java.util.UUID;

/**
 * One committed change, as the change log keeps it.
 *
 * @param position  its place in the log: increasing, without gaps, in commit order
 * @param userId    who made it; null for a change Veritext made by itself
 * @param articleId the article it belongs to, if any, so that a view can follow one article
 * @param state     the subject's state after the change, as JSON; null for a deletion
 */
public record Change(long position, Instant at, UUID userId, ChangeKind kind, UUID subjectId, UUID articleId,
                     String state) {

    public SubjectType subjectType() {
        return kind.subjectType();
    }
}
