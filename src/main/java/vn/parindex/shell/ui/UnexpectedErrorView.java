package vn.parindex.shell.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.parindex.shared.DatabaseFailures;

/**
 * Any failure while opening a page: a translated apology with a reference; details go to the log. A
 * database outage says so (503), since reloading in a moment is all the user needs to do.
 */
@AnonymousAllowed
public class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    public UnexpectedErrorView() {
        super(VaadinIcon.WARNING);
        setId("unexpected-error-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (DatabaseFailures.unavailable(parameter.getCaughtException())) {
            log.warn(
                    "Database unavailable while opening {}: {}",
                    event.getLocation().getPath(),
                    parameter.getCaughtException().toString());
            title.setText(getTranslation("error.databaseUnavailable.title"));
            explanation.setText(getTranslation("error.databaseUnavailable.page"));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error(
                "Error {} while opening {}", reference, event.getLocation().getPath(), parameter.getCaughtException());
        title.setText(getTranslation("error.unexpected.title"));
        explanation.setText(getTranslation("error.unexpected.text", reference));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
