package org.veritext.app.ui.error;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.veritext.app.ui.article.ArticleListView;

/** An address that leads nowhere (or to something the user may not see): a plain 404, without Vaadin's route list. */
@AnonymousAllowed
public class PageNotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        addClassName("error-page");
        add(new H2("Page not found"),
                new Paragraph("There is nothing at this address. It may have been mistyped, or what was here was removed."),
                new RouterLink("Go to the articles", ArticleListView.class));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
