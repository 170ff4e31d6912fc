package vn.parindex.shared.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a start without any database into a short "what to set" report (META-INF/spring.factories). */
class NoDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<NoDatabaseConfiguration.NoDatabaseConfigured> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoDatabaseConfiguration.NoDatabaseConfigured cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set SPRING_DATASOURCE_URL (for example jdbc:mariadb://db-host:3306/parindex; MariaDB 10.11 or"
                        + " newer), SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD. For a trial without"
                        + " a database server, build without -Pexternal-db: that jar starts an embedded MariaDB.",
                cause);
    }
}
