package org.veritext.app.ui.error;

import org.veritext.app.web.ErrorReference;
import org.veritext.core.DomainException;

/**
 * The one place that turns a failure into words for the person at the screen: a domain error says what went wrong
 * in the fact-checker's terms; anything else becomes a generic message with a reference that is logged, with its
 * stack trace, for the admin. No stack trace ever reaches the browser.
 */
public final class UserMessages {

    private UserMessages() {
    }

    public static String describe(Throwable failure) {
        DomainException domain = domainCause(failure);
        if (domain != null) {
            return domain.getMessage();
        }
        String reference = ErrorReference.log(failure);
        return "Something went wrong on our side. Reload the page to see what was saved. "
                + "If it happens again, give your admin the reference " + reference + ".";
    }

    /** The domain exception that caused {@code failure}, if any, however deep Vaadin or Spring wrapped it. */
    public static DomainException domainCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return domain;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
