package vn.parindex.security.internal;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads whether a session's stamp is still the account's: one primary-key read per request. */
@Component
class SessionStamps {

    private final JdbcTemplate jdbc;

    SessionStamps(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The account exists, is enabled and still has the stamp the session signed in with. */
    boolean current(long accountId, long sessionStamp) {
        List<Long> stamps =
                jdbc.queryForList("SELECT session_stamp FROM app_user WHERE id = ? AND enabled", Long.class, accountId);
        return stamps.size() == 1 && stamps.get(0) == sessionStamp;
    }
}
