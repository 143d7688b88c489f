package org.veritext.app.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.veritext.app.ui.error.Notifications;
import org.veritext.search.index.ClaimIndexer.RebuildReport;
import org.veritext.search.index.SearchIndexAdministration;

/** For admins: the state of the search index, and rebuilding it from the database. */
@Route("admin")
@PageTitle("Admin · Veritext")
@RolesAllowed("ADMIN")
public class AdminView extends Div {

    private final SearchIndexAdministration searchIndex;
    private final Paragraph status = new Paragraph();

    public AdminView(SearchIndexAdministration searchIndex) {
        this.searchIndex = searchIndex;
        addClassName("admin-view");
        status.setId("index-status");
        Button rebuild = new Button("Rebuild search index", VaadinIcon.REFRESH.create(), click -> rebuild());
        rebuild.setId("rebuild-index");
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.setDisableOnClick(true);
        rebuild.addClickListener(click -> rebuild.setEnabled(true));
        add(new H2("Admin"), new H3("Search index"),
                new Paragraph("The index is built from the database, which is the source of truth. Rebuild it if "
                        + "search misses claims you know exist. Searches keep working while it rebuilds."),
                status, rebuild);
        showStatus();
    }

    private void rebuild() {
        RebuildReport report = searchIndex.rebuild();
        Notifications.success("Search index rebuilt: %,d claims in %,d ms.".formatted(report.claims(), report.millis()));
        showStatus();
    }

    private void showStatus() {
        SearchIndexAdministration.IndexStatus index = searchIndex.status();
        status.setText("%,d claims indexed, in %s".formatted(index.claims(), index.path()));
    }
}
