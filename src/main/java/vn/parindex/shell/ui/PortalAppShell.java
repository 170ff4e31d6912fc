package vn.parindex.shell.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;

/**
 * Page-level settings. The portal's style sheet is attached with {@code @StyleSheet} by the layouts
 * that use it (plain CSS under META-INF/resources, so no frontend bundle rebuild is needed).
 */
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class PortalAppShell implements AppShellConfigurator {

    static final String STYLE_SHEET = "context://styles/portal.css";
}
