package vn.parindex.security.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import vn.parindex.security.Role;
import vn.parindex.security.UserContact;

/** Accounts as notifications reach them, read as typed projections. */
public interface UserContactRepository extends Repository<UserAccount, Long> {

    @Query("""
            select distinct new vn.parindex.security.UserContact(u.id, u.username, u.fullName, u.email, u.unitId, u.locale)
            from UserAccount u join u.roles r
            where r = :role and u.unitId in :unitIds and u.enabled = true
            order by u.id
            """)
    List<UserContact> focalPointsOf(@Param("unitIds") Collection<Long> unitIds, @Param("role") Role role);

    @Query("""
            select new vn.parindex.security.UserContact(u.id, u.username, u.fullName, u.email, u.unitId, u.locale)
            from UserAccount u
            where u.id in :ids and u.enabled = true
            order by u.id
            """)
    List<UserContact> byIds(@Param("ids") Collection<Long> ids);

    @Query("""
            select distinct new vn.parindex.security.CouncilMember(u.id, u.username, u.fullName, u.unitId)
            from UserAccount u join u.roles r
            where r = :role and u.enabled = true
            order by u.username
            """)
    List<vn.parindex.security.CouncilMember> withRole(@Param("role") Role role);

    @Query("""
            select distinct new vn.parindex.security.UserContact(u.id, u.username, u.fullName, u.email, u.unitId, u.locale)
            from UserAccount u join u.roles r
            where r = :role and u.enabled = true
            order by u.id
            """)
    List<UserContact> contactsWithRole(@Param("role") Role role);
}
