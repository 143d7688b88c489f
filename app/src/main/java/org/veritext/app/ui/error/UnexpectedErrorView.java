package org.veritext.app.ui.error;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.veritext.core.DomainException;
import org.veritext.core.NotPermittedException;

/**
 * Opening a page failed. A domain error is explained; anything else gets a generic message and a logged reference,
 * in place of Vaadin's default error page, which shows a stack trace in development mode.
 */
@AnonymousAllowed
public class UnexpectedErrorView extends Div implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        addClassName("error-page");
        DomainException domain = UserMessages.domainCause(parameter.getCaughtException());
        add(new H2(domain != null ? "This page cannot be shown" : "Something went wrong"),
                new Paragraph(UserMessages.describe(parameter.getCaughtException())));
        if (domain instanceof NotPermittedException) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
        return domain != null ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
