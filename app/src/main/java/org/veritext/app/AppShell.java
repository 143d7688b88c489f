package org.veritext.app;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell every view lives in. Server push keeps open views live: colleagues' changes arrive over a
 * WebSocket, while what the browser sends goes by ordinary requests (a pasted article can be megabytes, more than
 * a WebSocket message comfortably carries). Styles are static files under {@code META-INF/resources/css}: Veritext has
 * no front-end build (see docs/decisions.md).
 */
@Push(transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://css/veritext.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/icon.svg", "any");
        settings.addMetaTag("description", "Veritext: claim annotation and search for fact-checking teams");
    }
}
