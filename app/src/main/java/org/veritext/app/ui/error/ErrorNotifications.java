package org.veritext.app.ui.error;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Catches whatever a click, an upload or a key press throws in any view and shows it as a notification, so no
 * view needs its own try/catch for errors it cannot mend.
 */
@Component
class ErrorNotifications implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new NotifyingErrorHandler()));
    }

    private static final class NotifyingErrorHandler implements ErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            String message = UserMessages.describe(event.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> Notifications.error(message));
            }
        }
    }
}
