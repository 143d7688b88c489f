package org.veritext.app.ui.error;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.veritext.app.web.ClientMistakes;

/**
 * Catches whatever a click, an upload or a key press throws in any view and shows it as a notification, so no
 * view needs its own try/catch for errors it cannot mend. A browser that went away mid-request is not an error:
 * there is nobody to tell, and nothing to log but a line.
 */
@Component
class ErrorNotifications implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorNotifications.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new NotifyingErrorHandler()));
    }

    private static final class NotifyingErrorHandler implements ErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            Throwable failure = event.getThrowable();
            if (ClientMistakes.isClientGone(failure)) {
                log.debug("The browser went away during a request: {}", failure.toString());
                return;
            }
            UI ui = UI.getCurrent();
            if (ui == null || !ui.isAttached()) {
                // Nobody to show it to; still say what it was, once.
                log.warn("Error in a closed view: {}", UserMessages.describe(failure));
                return;
            }
            String message = UserMessages.describe(failure);
            ui.access(() -> Notifications.error(message));
        }
    }
}
