package vn.parindex.shared.internal;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.parindex.shared.Locales;

@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

    /** Everything time-dependent takes this clock, so tests can move time. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${parindex.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }

    /** Bundles in vaadin-i18n/translations_{vi,en}.properties; Vietnamese first, so it is the default. */
    @Bean
    I18NProvider i18nProvider() {
        return new DefaultI18NProvider(Locales.SUPPORTED);
    }
}
