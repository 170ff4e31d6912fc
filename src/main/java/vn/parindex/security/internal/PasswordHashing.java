package vn.parindex.security.internal;

import java.util.Map;
import java.util.concurrent.Semaphore;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * How passwords are hashed: Argon2id (no 72-byte limit, unlike BCrypt, so every password the policy
 * accepts counts in full) with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane). Hashes name
 * their algorithm ({@code {argon2}...}), so the BCrypt hashes of earlier versions still verify and
 * are replaced at the next successful sign-in.
 *
 * <p>Argon2 is memory-hard: a burst of sign-ins must not allocate 19 MiB per request thread, so at
 * most {@code maxConcurrent} hashes are computed at once and the others wait their turn.
 */
final class PasswordHashing {

    static final String DEFAULT_ID = "argon2";
    static final int SALT_LENGTH = 16;
    static final int HASH_LENGTH = 32;
    static final int PARALLELISM = 1;
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;

    private PasswordHashing() {}

    static PasswordEncoder encoder(int maxConcurrent) {
        PasswordEncoder argon2 =
                new Argon2PasswordEncoder(SALT_LENGTH, HASH_LENGTH, PARALLELISM, MEMORY_KIB, ITERATIONS);
        DelegatingPasswordEncoder delegating = new DelegatingPasswordEncoder(
                DEFAULT_ID,
                Map.of(
                        DEFAULT_ID,
                        argon2,
                        "bcrypt",
                        new BCryptPasswordEncoder(),
                        "pbkdf2@SpringSecurity_v5_8",
                        Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
        return new Bounded(delegating, maxConcurrent);
    }

    /** Lets only so many hashes run at once; the rest queue in arrival order. */
    static final class Bounded implements PasswordEncoder {

        private final PasswordEncoder delegate;
        private final Semaphore permits;

        Bounded(PasswordEncoder delegate, int maxConcurrent) {
            this.delegate = delegate;
            this.permits = new Semaphore(Math.max(1, maxConcurrent), true);
        }

        @Override
        public String encode(CharSequence rawPassword) {
            permits.acquireUninterruptibly();
            try {
                return delegate.encode(rawPassword);
            } finally {
                permits.release();
            }
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            permits.acquireUninterruptibly();
            try {
                return delegate.matches(rawPassword, encodedPassword);
            } finally {
                permits.release();
            }
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }
}
