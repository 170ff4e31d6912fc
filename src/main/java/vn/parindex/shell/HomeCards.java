package vn.parindex.shell;

import com.vaadin.flow.component.Component;
import java.util.List;
import vn.parindex.security.CurrentUser;

/**
 * What a feature puts on the signed-in user's home page. Each feature implements it as a bean in its
 * own {@code ui} package, so the shell lays the cards out without depending on any feature. The cards
 * are built on the UI thread, in the user's locale; a feature with nothing for this user returns an
 * empty list.
 */
public interface HomeCards {

    /** Where the feature's cards stand on the page: lower comes first. */
    int order();

    List<Component> cardsFor(CurrentUser user);
}
