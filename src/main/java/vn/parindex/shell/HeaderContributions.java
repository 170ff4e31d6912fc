package vn.parindex.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.contextmenu.SubMenu;
import java.util.List;
import vn.parindex.security.CurrentUser;

/**
 * What a feature puts in the header of every signed-in page (a notification bell, for example) and
 * in the user's own account menu. Implemented as a bean in the feature's {@code ui} package, like
 * {@link HomeCards}, so the shell depends on no feature. Built on the UI thread, in the user's locale.
 */
public interface HeaderContributions {

    /** Where the feature's items stand, left to right: lower comes first. */
    int order();

    /** Components shown in the header before the user's menu. */
    List<Component> headerItemsFor(CurrentUser user);

    /** Adds the feature's entries to the account menu (after the language choice). */
    default void addAccountMenuItems(SubMenu accountMenu, CurrentUser user) {}
}
