package org.veritext.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Spring Boot's error controller (a JSON body or the "Whitelabel Error Page") with our own page. Servlet
 * errors land here: a malformed percent-encoding in an address, a forbidden request, a failure in a filter. Opened
 * directly, {@code /error} is simply a page that does not exist.
 */
@Controller
class ErrorPageController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);

    @RequestMapping("/error")
    ResponseEntity<byte[]> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number && number >= 400 ? number : 404;
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String reference = null;
        if (failure != null && ClientMistakes.isTooLarge(failure)) {
            status = 413;
        } else if (status >= 500 && failure != null && !ClientMistakes.isClientGone(failure)) {
            reference = ErrorReference.log(failure);
        } else if (code != null) {
            log.info("{} for {} {}", status, request.getMethod(),
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        }
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(ErrorPage.html(status, reference));
    }
}
