package org.veritext.app.ui.error;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The notifications Veritext shows: errors stay until closed (they must be read), confirmations fade. They appear
 * at the top right, over the side panel, never over the article text being read; and a new one replaces the one
 * before, so repeated messages never pile up.
 */
public final class Notifications {

    private static final Notification.Position WHERE = Notification.Position.TOP_END;
    private static final int CONFIRMATION_MILLIS = 2500;

    private Notifications() {
    }

    public static Notification error(String message) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(WHERE);
        Span text = new Span(message);
        text.addClassName("notification-text");
        Button close = new Button("Close", click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_CONTRAST);
        close.getElement().setAttribute("aria-label", "Close");
        notification.add(new HorizontalLayout(text, close));
        return show(notification);
    }

    public static Notification success(String message) {
        Notification notification = new Notification(message, CONFIRMATION_MILLIS, WHERE);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return show(notification);
    }

    /** Opens {@code notification} in place of the one this page showed last, if that is still open. */
    private static Notification show(Notification notification) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification previous = ComponentUtil.getData(ui, Notification.class);
            if (previous != null && previous.isOpened()) {
                previous.close();
            }
            ComponentUtil.setData(ui, Notification.class, notification);
        }
        notification.open();
        return notification;
    }
}
