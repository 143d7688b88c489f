package org.veritext.app.ui.error;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.veritext.app.ui.article.ArticleListView;
import org.veritext.core.NotFoundException;

/** A link to an article or claim that does not exist (any more), or an id we never issued. */
@PermitAll
public class MissingRecordView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        addClassName("error-page");
        add(new H2("Not found"), new Paragraph(parameter.getException().getMessage()),
                new RouterLink("Go to the articles", ArticleListView.class));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
