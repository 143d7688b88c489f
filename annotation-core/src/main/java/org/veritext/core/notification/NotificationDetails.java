package org.veritext.core.notification;

import java.time.Instant;
import java.util.UUID;
import org.veritext.core.user.Person;

/** A notification as the bell lists it: what happened, who did it, where to go. */
public record NotificationDetails(UUID id, NotificationKind kind, String message, Person causedBy, UUID claimId,
                                  UUID articleId, Instant createdAt, boolean read) {
}
