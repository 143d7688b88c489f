package org.veritext.app.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An open browser page and the user signed in there, kept so that work arriving later from another thread (a change
 * follower, the presence heartbeat, a timer) runs in the page's session and as that user: the services it calls
 * check him, never whoever the thread happens to run as.
 */
public record SignedInUi(UI ui, SecurityContext security) {

    /** The page and the user of the current request; call it in the UI's own thread (attach, a click). */
    public static SignedInUi of(UI ui) {
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        return new SignedInUi(ui, signedIn);
    }

    /** Queues the work in the page's session, as its user; false if the page was closed meanwhile. */
    public boolean run(Runnable work) {
        try {
            ui.access(() -> {
                SecurityContext previous = SecurityContextHolder.getContext();
                SecurityContextHolder.setContext(security);
                try {
                    work.run();
                } finally {
                    SecurityContextHolder.setContext(previous);
                }
            });
            return true;
        } catch (UIDetachedException closed) {
            return false;
        }
    }
}
