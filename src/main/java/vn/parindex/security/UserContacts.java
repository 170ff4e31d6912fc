package vn.parindex.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.security.internal.UserContactRepository;

/**
 * Whom to tell: the enabled accounts behind a unit's focal points or a list of user ids, with the
 * address and language to reach them in. Used by the portal's notifications on behalf of whoever's
 * action causes them (a secretariat returning a sheet, a unit answering its appraisers) and by its
 * background jobs; no view lists these.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class UserContacts {

    private final UserContactRepository contacts;

    UserContacts(UserContactRepository contacts) {
        this.contacts = contacts;
    }

    /** The enabled focal points of these units, by user id. */
    public List<UserContact> focalPointsOf(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? List.of() : contacts.focalPointsOf(unitIds, Role.FOCAL_POINT);
    }

    /** The enabled accounts holding the role (the secretariat, the provincial leaders), by user id. */
    public List<UserContact> withRole(Role role) {
        return contacts.contactsWithRole(role);
    }

    /** The enabled accounts among these ids, by user id. */
    public List<UserContact> byIds(Collection<Long> userIds) {
        return userIds.isEmpty() ? List.of() : contacts.byIds(userIds);
    }
}
