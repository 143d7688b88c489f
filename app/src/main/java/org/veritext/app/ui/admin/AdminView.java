package org.veritext.app.ui.admin;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.veritext.app.ui.common.LocalTimes;
import org.veritext.app.ui.error.Notifications;
import org.veritext.search.index.ClaimIndex.IndexStatus;
import org.veritext.search.index.ClaimIndex.RebuildProgress;
import org.veritext.search.index.SearchIndexAdministration;
import org.veritext.search.index.SearchIndexAdministration.Status;

/**
 * For admins: how this node's search index stands against the change log (how far behind, when last committed to
 * disk), and rebuilding it from the database, with its progress. The view refreshes itself while it is open.
 */
@Route("admin")
@PageTitle("Admin · Veritext")
@RolesAllowed("ADMIN")
public class AdminView extends Div {

    private static final int REFRESH_MILLIS = 1000;

    private final SearchIndexAdministration searchIndex;
    private final Span claims = value("index-claims");
    private final Span applied = value("index-applied");
    private final Span behind = value("index-behind");
    private final Span committed = value("index-committed");
    private final Span folder = value("index-folder");
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Button rebuild = new Button("Rebuild search index", VaadinIcon.REFRESH.create());
    private Registration polling;

    public AdminView(SearchIndexAdministration searchIndex) {
        this.searchIndex = searchIndex;
        addClassName("admin-view");
        rebuild.setId("rebuild-index");
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(click -> startRebuild());
        progress.setId("rebuild-progress");
        progressText.setId("rebuild-progress-text");
        Div rebuilding = new Div(progressText, progress);
        rebuilding.addClassName("rebuild-progress");

        Div status = new Div(row("Claims in the index", claims), row("Changes applied", applied),
                row("Behind the change log", behind), row("Last written to disk", committed),
                row("Folder on this node", folder));
        status.setId("index-status");
        status.addClassName("index-status");
        add(new H2("Admin"), new H3("Search index"),
                new Paragraph("The index follows the change log: every saved change reaches it within a moment, and "
                        + "it is written to disk about once a second. After a crash it catches up by itself. Rebuild "
                        + "it only if search misses claims you know exist; searches keep working while it rebuilds."),
                status, rebuilding, rebuild);
        showStatus();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        attach.getUI().setPollInterval(REFRESH_MILLIS);
        polling = attach.getUI().addPollListener(poll -> showStatus());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        polling.remove();
        super.onDetach(detach);
    }

    private void startRebuild() {
        searchIndex.rebuild();
        Notifications.success("Rebuilding the search index. Searches use the current one until it is done.");
        showStatus();
    }

    private void showStatus() {
        Status status = searchIndex.status();
        IndexStatus index = status.index();
        claims.setText("%,d".formatted(index.claims()));
        applied.setText(index.appliedPosition() < 0 ? "none yet"
                : "%,d of %,d".formatted(index.appliedPosition(), status.logHead()));
        behind.setText(status.behind() == 0 ? "up to date" : "%,d changes".formatted(status.behind()));
        committed.setText(index.lastCommit() == null ? "not yet" : LocalTimes.format(index.lastCommit())
                + " (change %,d)".formatted(index.committedPosition()));
        folder.setText(index.path());
        RebuildProgress running = index.rebuild();
        progress.setVisible(running != null);
        progressText.setVisible(running != null);
        rebuild.setEnabled(running == null);
        if (running != null) {
            progress.setValue(running.percent() / 100.0);
            progressText.setText("Rebuilding: %,d of %,d claims (%d %%)".formatted(running.done(), running.total(),
                    running.percent()));
        }
    }

    private static Span value(String id) {
        Span value = new Span();
        value.setId(id);
        return value;
    }

    private static Div row(String label, Span value) {
        Div row = new Div(new Span(label), value);
        row.addClassName("status-row");
        return row;
    }
}
