package org.veritext.app.ui.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.UUID;
import org.veritext.app.live.LiveUpdates;
import org.veritext.app.ui.article.ArticleView;
import org.veritext.app.ui.common.LocalTimes;
import org.veritext.core.changes.ChangeKind;
import org.veritext.core.notification.NotificationDetails;
import org.veritext.core.notification.NotificationService;
import org.veritext.core.user.CurrentUser;

/**
 * The bell in the top bar: how many notifications are unread, and on a click the newest of them, each leading to
 * the claim or article it is about (and read from then on). A new notification, rung on any node, shows at once.
 */
@StyleSheet("context://css/team.css")
public class NotificationBell extends Div {

    private static final int MOST_COUNTED = 99;

    private final NotificationService notifications;
    private final LiveUpdates liveUpdates;
    private final CurrentUser currentUser;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Popover popover = new Popover();
    private final Div list = new Div();
    private final Button markAllRead = new Button("Mark all read");
    private Registration following;

    public NotificationBell(NotificationService notifications, LiveUpdates liveUpdates, CurrentUser currentUser) {
        this.notifications = notifications;
        this.liveUpdates = liveUpdates;
        this.currentUser = currentUser;
        addClassName("notification-bell");
        bell.setId("notifications");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        count.setId("notifications-count");
        count.addClassName("notification-count");
        count.setVisible(false);

        markAllRead.setId("notifications-mark-all-read");
        markAllRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        markAllRead.addClickListener(click -> {
            notifications.markAllRead();
            showCount();
            showList();
        });
        Div heading = new Div(new H3("Notifications"), markAllRead);
        heading.addClassName("notification-heading");
        list.setId("notifications-list");
        list.addClassName("notification-list");

        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel("Notifications");
        popover.addClassName("notification-popover");
        popover.add(heading, list);
        popover.addOpenedChangeListener(change -> {
            if (change.isOpened()) {
                showCount();
                showList();
            }
        });
        add(bell, count, popover);
    }

    /** Follows the signed-in user's own notifications only: the change names him as its subject. */
    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        UUID me = currentUser.require().id();
        following = liveUpdates.subscribe(attach.getUI(),
                change -> change.kind() == ChangeKind.USER_NOTIFIED && me.equals(change.subjectId()), changes -> {
                    showCount();
                    if (popover.isOpened()) {
                        showList();
                    }
                });
        showCount();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        following.remove();
        super.onDetach(detach);
    }

    private void showCount() {
        long unread = notifications.unreadCount();
        count.setText(unread > MOST_COUNTED ? MOST_COUNTED + "+" : Long.toString(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(unread == 0 ? "Notifications" : "Notifications, " + unread + " unread");
    }

    private void showList() {
        List<NotificationDetails> newest = notifications.mine();
        list.removeAll();
        if (newest.isEmpty()) {
            Paragraph none = new Paragraph("Nothing yet. You are told here when someone asks you to review or "
                    + "annotate, decides on your claim, answers you or mentions you.");
            none.addClassName("notification-empty");
            list.add(none);
        }
        newest.forEach(notification -> list.add(entry(notification)));
        markAllRead.setEnabled(newest.stream().anyMatch(notification -> !notification.read()));
    }

    /** The notification as a link to its claim, and, while unread, a button that marks it read where it is. */
    private Div entry(NotificationDetails notification) {
        Span message = new Span(notification.message());
        message.addClassName("notification-message");
        String by = notification.causedBy() == null ? "" : notification.causedBy().name() + " \u00B7 ";
        Span meta = new Span(by + LocalTimes.format(notification.createdAt()));
        meta.addClassName("notification-meta");
        NativeButton open = new NativeButton();
        open.add(message, meta);
        open.addClassName("notification-entry");
        open.setClassName("unread", !notification.read());
        open.getElement().setAttribute("data-notification-id", notification.id().toString());
        open.addClickListener(click -> open(notification));
        Div row = new Div(open);
        row.addClassName("notification-row");
        if (!notification.read()) {
            Button markRead = new Button(VaadinIcon.CHECK.create(), click -> {
                notifications.markRead(notification.id());
                showCount();
                showList();
            });
            markRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
            markRead.addClassName("notification-mark-read");
            markRead.setAriaLabel("Mark read");
            markRead.setTooltipText("Mark read");
            row.add(markRead);
        }
        return row;
    }

    /** Marks the notification read and goes to its claim (or article). */
    private void open(NotificationDetails notification) {
        if (!notification.read()) {
            notifications.markRead(notification.id());
        }
        popover.close();
        showCount();
        UI ui = UI.getCurrent();
        if (notification.articleId() == null) {
            return;
        }
        RouteParameters article = new RouteParameters("articleId", notification.articleId().toString());
        QueryParameters claim = notification.claimId() == null ? QueryParameters.empty()
                : QueryParameters.of("claim", notification.claimId().toString());
        ui.navigate(ArticleView.class, article, claim);
    }
}
