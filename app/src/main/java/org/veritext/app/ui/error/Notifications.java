package org.veritext.app.ui.error;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The notifications Veritext shows: errors stay until closed (they must be read), confirmations fade. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification error(String message) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.TOP_CENTER);
        Span text = new Span(message);
        text.addClassName("notification-text");
        Button close = new Button("Close", click -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_CONTRAST);
        close.getElement().setAttribute("aria-label", "Close");
        notification.add(new HorizontalLayout(text, close));
        notification.open();
        return notification;
    }

    public static Notification success(String message) {
        Notification notification = Notification.show(message, 2500, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }
}
