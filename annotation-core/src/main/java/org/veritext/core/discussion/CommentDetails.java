package org.veritext.core.discussion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.veritext.core.user.Person;

/**
 * A comment as the thread shows it: in order, each answer after what it answers ({@code depth} 0 for a new thread).
 *
 * @param notified the project members its @mentions reached
 */
public record CommentDetails(UUID id, UUID claimId, UUID parentId, int depth, Person author, CommentKind kind,
                             String body, Instant createdAt, List<Person> notified) {
}
