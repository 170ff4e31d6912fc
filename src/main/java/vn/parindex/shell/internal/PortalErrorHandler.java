package vn.parindex.shell.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.DatabaseFailures;
import vn.parindex.shared.ui.Notifications;

/**
 * Failures inside a click or a value change: refused requests become a translated notification, a
 * database outage or a full database says that the change was not saved, anything unexpected is
 * logged with a reference the user can quote. Never a stack trace.
 */
class PortalErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = event.getThrowable();
        UI ui = UI.getCurrent();
        BusinessRuleException refusal = find(cause, BusinessRuleException.class);
        if (refusal != null) {
            notify(ui, ui == null ? null : ui.getTranslation(refusal.messageKey(), refusal.arguments()), false);
        } else if (find(cause, AccessDeniedException.class) != null) {
            log.warn("Refused: {}", cause.getMessage());
            notify(ui, ui == null ? null : ui.getTranslation("error.forbidden.action"), true);
        } else if (find(cause, OptimisticLockingFailureException.class) != null) {
            notify(ui, ui == null ? null : ui.getTranslation("error.concurrentEdit"), false);
        } else if (DatabaseFailures.unavailable(cause)) {
            // An outage (restart, network): the transaction rolled back, the pool reconnects by itself.
            log.warn("Database unavailable: {}", rootMessage(cause));
            notify(ui, ui == null ? null : ui.getTranslation("error.databaseUnavailable"), true);
        } else if (DatabaseFailures.storageFull(cause)) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Database full {}", reference, cause);
            notify(ui, ui == null ? null : ui.getTranslation("error.storageFull", reference), true);
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error {}", reference, cause);
            notify(ui, ui == null ? null : ui.getTranslation("error.unexpected.text", reference), true);
        }
    }

    private static void notify(UI ui, String text, boolean error) {
        if (ui == null || text == null) {
            return;
        }
        ui.access(() -> {
            if (error) {
                Notifications.error(text);
            } else {
                Notifications.warning(text);
            }
        });
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable current = error; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
        }
        return null;
    }
}
