package org.veritext.core.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.veritext.core.NotFoundException;
import org.veritext.core.user.CurrentUser;
import org.veritext.core.user.Person;
import org.veritext.core.user.SignedInUser;
import org.veritext.core.user.UserLookup;

/** The signed-in user's bell: his notifications, newest first, and marking them read. Nobody sees another's. */
@Service
@Transactional
public class NotificationService {

    private static final int SHOWN = 50;

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final UserLookup users;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, UserLookup users, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByUserIdAndReadAtIsNull(currentUser.require().id());
    }

    /** The newest notifications of the signed-in user, read and unread. */
    @Transactional(readOnly = true)
    public List<NotificationDetails> mine() {
        SignedInUser me = currentUser.require();
        List<Notification> list = notifications.findByUserIdOrderByCreatedAtDesc(me.id(), Limit.of(SHOWN));
        Map<UUID, Person> people = users.people(list.stream().map(Notification::getCausedBy)
                .filter(java.util.Objects::nonNull).toList());
        return list.stream().map(n -> new NotificationDetails(n.getId(), n.getKind(), n.getMessage(),
                n.getCausedBy() == null ? null : people.get(n.getCausedBy()), n.getClaimId(), n.getArticleId(),
                n.getCreatedAt(), n.getReadAt() != null)).toList();
    }

    public void markRead(UUID notificationId) {
        SignedInUser me = currentUser.require();
        Notification notification = notifications.findById(notificationId)
                .filter(n -> n.getUserId().equals(me.id()))
                .orElseThrow(() -> new NotFoundException("This notification does not exist."));
        notification.markRead(clock.instant());
    }

    public void markAllRead() {
        notifications.markAllRead(currentUser.require().id(), clock.instant());
    }
}
