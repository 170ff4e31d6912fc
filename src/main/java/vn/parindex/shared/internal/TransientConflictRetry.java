package vn.parindex.shared.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.classify.BinaryExceptionClassifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.retry.RetryCallback;
import org.springframework.retry.RetryContext;
import org.springframework.retry.RetryListener;
import org.springframework.retry.backoff.ExponentialRandomBackOffPolicy;
import org.springframework.retry.interceptor.RetryOperationsInterceptor;
import org.springframework.retry.policy.SimpleRetryPolicy;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a portal service call again, at most {@value #ATTEMPTS} times in all, when the database rolled
 * its transaction back for a conflict that a second attempt resolves: an InnoDB deadlock, and on a
 * Galera cluster a certification failure at commit (both MariaDB error 1213, SQL state 40001). The
 * whole transaction is repeated, as MariaDB asks ("try restarting transaction"): the advice sits just
 * outside the transaction, and only around the outermost one (an inner call's conflict dooms the
 * outer transaction, which is retried as a whole). A lock wait timeout is not retried: it already
 * waited. Calls that take a stream or a sink are not repeated either: their input is spent and their
 * output half written. A conflict on the last attempt reaches the caller as before.
 */
@Configuration(proxyBeanMethods = false)
class TransientConflictRetry {

    static final int ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(TransientConflictRetry.class);

    private static final int ER_LOCK_DEADLOCK = 1213;
    private static final String SERIALIZATION_FAILURE = "40001";

    /** Outside the transaction advice (lowest precedence), inside method security. */
    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 1;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor transientConflictRetryAdvisor() {
        ClassFilter portal = type -> type.getName().startsWith("vn.parindex.");
        ComposablePointcut transactional = new ComposablePointcut(
                        new AnnotationMatchingPointcut(Transactional.class, true))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(Transactional.class))
                .intersection(portal);
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(transactional, new OutermostRetry(retries()));
        advisor.setOrder(ORDER);
        return advisor;
    }

    static RetryOperationsInterceptor retries() {
        RetryTemplate template = new RetryTemplate();
        template.setRetryPolicy(new SimpleRetryPolicy(ATTEMPTS, new BinaryExceptionClassifier(false) {
            @Override
            public Boolean classify(Throwable error) {
                return conflict(error);
            }
        }));
        ExponentialRandomBackOffPolicy backOff = new ExponentialRandomBackOffPolicy();
        backOff.setInitialInterval(40);
        backOff.setMultiplier(2.5);
        backOff.setMaxInterval(500);
        template.setBackOffPolicy(backOff);
        template.registerListener(new RetryListener() {
            @Override
            public <T, E extends Throwable> void onError(
                    RetryContext context, RetryCallback<T, E> callback, Throwable error) {
                if (conflict(error)) {
                    log.warn(
                            "Transaction rolled back by a conflict ({}), attempt {} of {}: {}",
                            context.getAttribute(RetryContext.NAME),
                            context.getRetryCount(),
                            ATTEMPTS,
                            error.toString());
                }
            }
        });
        RetryOperationsInterceptor interceptor = new RetryOperationsInterceptor();
        interceptor.setRetryOperations(template);
        return interceptor;
    }

    /** A deadlock or a certification failure anywhere in the cause chain. */
    static boolean conflict(Throwable error) {
        for (Throwable current = error; current != null; current = current.getCause()) {
            if (current instanceof SQLException sql
                    && (sql.getErrorCode() == ER_LOCK_DEADLOCK || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
                return true;
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return false;
    }

    /** Retries only the outermost transactional call, and never one that consumes or produces a stream. */
    static final class OutermostRetry implements MethodInterceptor {

        private final MethodInterceptor retries;

        OutermostRetry(MethodInterceptor retries) {
            this.retries = retries;
        }

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            if (TransactionSynchronizationManager.isActualTransactionActive() || spendsItsArguments(invocation)) {
                return invocation.proceed();
            }
            return retries.invoke(invocation);
        }

        private static boolean spendsItsArguments(MethodInvocation invocation) {
            for (Class<?> type : invocation.getMethod().getParameterTypes()) {
                if (InputStream.class.isAssignableFrom(type)
                        || OutputStream.class.isAssignableFrom(type)
                        || Reader.class.isAssignableFrom(type)
                        || Writer.class.isAssignableFrom(type)
                        || Consumer.class.isAssignableFrom(type)) {
                    return true;
                }
            }
            return false;
        }
    }
}
