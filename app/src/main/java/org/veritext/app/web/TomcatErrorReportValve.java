package org.veritext.app.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's error report valve, writing our {@link ErrorPage} instead of Tomcat's own (which names the server and
 * its version). Tomcat calls it for errors it produces itself, before the application sees the request.
 */
public class TomcatErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(TomcatErrorReportValve.class);

    public TomcatErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return; // the connection is broken: nobody would read the page
        }
        if (status == 400 && failure != null && String.valueOf(failure.getMessage()).contains("too large")) {
            status = 431; // Tomcat says 400 for a request line or headers over its limit; 431 is the precise answer
            response.setStatus(status);
        }
        log.info("{} for a request refused by the server before the application saw it: {}", status,
                failure == null ? "no details" : failure.getMessage());
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(ErrorPage.html(status, null));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response was already sent: nothing left to tell the client.
        }
    }
}
