package vn.parindex.load;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scores the portal confirmed as saved during the run ("Đã lưu 1 tiêu chí"), the last per user
 * and item, and the check afterwards that the database holds exactly those values.
 */
final class SavedScores {

    /** username -> code -> the value last confirmed. */
    private final Map<String, Map<String, BigDecimal>> saved = new ConcurrentHashMap<>();

    void record(String username, String code, String typed) {
        saved.computeIfAbsent(username, user -> new ConcurrentHashMap<>())
                .put(code, new BigDecimal(typed.replace(',', '.')));
    }

    int count() {
        return saved.values().stream().mapToInt(Map::size).sum();
    }

    /** What the check found: values compared, and the ones missing or different (with what the database holds). */
    record Check(int compared, List<String> lost) {}

    Check check(String jdbcUrl, String user, String password, int year) throws SQLException {
        Map<String, BigDecimal> stored = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                PreparedStatement query = connection.prepareStatement("""
                        select u.username, n.code, i.self_score
                        from score_item i
                        join self_assessment a on a.id = i.assessment_id
                        join assessment_period p on p.id = a.period_id
                        join criteria_node n on n.id = i.node_id
                        join app_user u on u.unit_id = a.unit_id
                        where p.year = ? and u.username like 'load%'
                        """)) {
            query.setInt(1, year);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString(1) + " " + rows.getString(2), rows.getBigDecimal(3));
                }
            }
        }
        List<String> lost = new ArrayList<>();
        int compared = 0;
        for (var byUser : saved.entrySet()) {
            for (var item : byUser.getValue().entrySet()) {
                compared++;
                BigDecimal inDatabase = stored.get(byUser.getKey() + " " + item.getKey());
                if (inDatabase == null || inDatabase.compareTo(item.getValue()) != 0) {
                    lost.add(byUser.getKey() + " " + item.getKey() + ": saved " + item.getValue() + ", database "
                            + inDatabase);
                }
            }
        }
        return new Check(compared, lost);
    }
}
