package org.veritext.app.web;

import java.io.EOFException;
import java.io.IOException;
import java.util.Locale;
import org.apache.catalina.connector.ClientAbortException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;

/**
 * Recognises failures that are the client's doing, not ours: a browser that went away mid-request, or a request
 * larger than we accept. They get a line in the log at most, never a stack trace: a log full of them would hide
 * the errors that matter.
 */
public final class ClientMistakes {

    private ClientMistakes() {
    }

    /** The browser closed the connection (tab closed, navigated away, network dropped) before we answered. */
    public static boolean isClientGone(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof ClientAbortException || cause instanceof EOFException
                    || cause.getClass().getSimpleName().equals("UIDetachedException")) {
                return true;
            }
            if (cause instanceof IOException && cause.getMessage() != null) {
                String message = cause.getMessage().toLowerCase(Locale.ROOT);
                if (message.contains("broken pipe") || message.contains("connection reset")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A request body over the size limit, found while reading it. */
    public static boolean isTooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SizeException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }
}
