package org.veritext.core.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.changes.ChangeLog;

/**
 * Rings bells, inside the transaction of what caused them (so a notification exists exactly when its cause was
 * committed). It checks no user: the services that call it have checked the change itself. Nobody is notified of
 * his own doing. Each ring is recorded in the change log, so that open browsers, on any node, update the bell at once.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Notifier {

    private final NotificationRepository notifications;
    private final ChangeLog changeLog;
    private final Clock clock;

    Notifier(NotificationRepository notifications, ChangeLog changeLog, Clock clock) {
        this.notifications = notifications;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    public void notify(Collection<UUID> recipients, NotificationKind kind, UUID claimId, UUID articleId, UUID causedBy,
                       String message) {
        Set<UUID> to = new LinkedHashSet<>(recipients);
        to.remove(null);
        to.remove(causedBy);
        for (UUID recipient : to) {
            Notification notification = notifications.save(new Notification(recipient, kind, claimId, articleId,
                    causedBy, message, clock.instant()));
            changeLog.record(ChangeKind.USER_NOTIFIED, causedBy, recipient, null,
                    () -> Map.of("notification", notification.getId().toString(), "kind", kind.name()));
        }
    }
}
