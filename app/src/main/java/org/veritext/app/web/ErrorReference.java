package org.veritext.app.web;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs an unexpected failure, with its stack trace, under a short reference that the user is shown instead: the
 * admin finds the trace by the reference, the browser never sees it.
 */
public final class ErrorReference {

    private static final Logger log = LoggerFactory.getLogger(ErrorReference.class);

    private ErrorReference() {
    }

    public static String log(Throwable failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, reference {}", reference, failure);
        return reference;
    }
}
