package vn.parindex.security;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.security.internal.UserContactRepository;

/** The appraisal council: its enabled members, for assignments, workload and votes. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COUNCIL_MEMBER, Role.Names.ADMIN})
public class CouncilMembers {

    private final UserContactRepository accounts;

    CouncilMembers(UserContactRepository accounts) {
        this.accounts = accounts;
    }

    /** Every enabled council member, by user name. */
    public List<CouncilMember> active() {
        return accounts.withRole(Role.COUNCIL_MEMBER);
    }

    public Optional<CouncilMember> active(long userId) {
        return active().stream().filter(member -> member.id() == userId).findFirst();
    }
}
