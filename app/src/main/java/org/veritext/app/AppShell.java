package org.veritext.app;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell every view lives in. Styles are static files under {@code META-INF/resources/css}: Veritext has
 * no front-end build (see docs/decisions.md).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://css/veritext.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/icon.svg", "any");
        settings.addMetaTag("description", "Veritext: claim annotation and search for fact-checking teams");
    }
}
