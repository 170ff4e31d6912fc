package vn.parindex.security;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.audit.AuditLog;
import vn.parindex.security.UserImportResult.OneTimePassword;
import vn.parindex.security.internal.OneTimePasswords;
import vn.parindex.security.internal.UserAccount;
import vn.parindex.security.internal.UserAccountRepository;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.RowProblem;
import vn.parindex.shared.Spreadsheets;
import vn.parindex.shared.Spreadsheets.SheetRow;
import vn.parindex.shared.TextLimits;

/**
 * Users from an XLSX file, with the same dry run as units: every problem with its row, nothing saved
 * while any row is wrong. A known username is updated; a new user gets a one-time password, hashed
 * on every core (the hashes dominate: Argon2id costs tens of milliseconds each) before one short
 * transaction saves everything. The clear passwords are returned once and never stored.
 *
 * <p>Units are given by the caller as code to id (the security module does not read units).
 */
@Service
@RolesAllowed(Role.Names.ADMIN)
public class UserImport {

    public static final List<String> COLUMNS = List.of("username", "full_name", "email", "unit_code", "roles");

    private static final int USERNAME = 0;
    private static final int FULL_NAME = 1;
    private static final int EMAIL = 2;
    private static final int UNIT = 3;
    private static final int ROLES = 4;
    private static final Pattern USERNAME_PATTERN = Pattern.compile("[a-z0-9._-]{3,60}");
    private static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final CurrentUserService currentUser;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    /** Both cores (all of them) hash; the encoder's own limit keeps sign-ins queued fairly beside. */
    private final ExecutorService hashing =
            Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), runnable -> {
                Thread thread = new Thread(runnable, "user-import-hash");
                thread.setDaemon(true);
                return thread;
            });

    UserImport(
            UserAccountRepository users,
            PasswordEncoder passwordEncoder,
            AuditLog audit,
            CurrentUserService currentUser,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @PreDestroy
    void stop() {
        hashing.shutdownNow();
    }

    public byte[] template() {
        return Spreadsheets.write(
                "users",
                COLUMNS,
                List.of(List.of("nguyenvana", "Nguyễn Văn A", "nguyenvana@example.gov.vn", "SNV", "FOCAL_POINT")));
    }

    /** Checks the whole file and says what a commit would do; saves nothing. */
    public UserImportResult dryRun(byte[] file, Map<String, Long> unitIdsByCode) {
        return readOnly.execute(status -> {
            Plan plan = plan(file, unitIdsByCode);
            return plan.result(null);
        });
    }

    /**
     * Saves every row when the whole file is right, nothing otherwise. {@code progress} hears how many
     * one-time passwords are hashed so far (from a hashing thread).
     */
    public UserImportResult commit(byte[] file, Map<String, Long> unitIdsByCode, IntConsumer progress) {
        Plan checked = readOnly.execute(status -> plan(file, unitIdsByCode));
        if (!checked.problems.isEmpty()) {
            return checked.result(null);
        }
        // Hashing first, outside any transaction: it takes long and holds no connection.
        List<ParsedUser> fresh =
                checked.rows.stream().filter(row -> row.existing == null).toList();
        Map<String, String> clear = new LinkedHashMap<>();
        fresh.forEach(row -> clear.put(row.username, OneTimePasswords.generate()));
        AtomicInteger done = new AtomicInteger();
        List<CompletableFuture<String>> hashes = fresh.stream()
                .map(row -> CompletableFuture.supplyAsync(
                        () -> {
                            String hash = passwordEncoder.encode(clear.get(row.username));
                            progress.accept(done.incrementAndGet());
                            return hash;
                        },
                        hashing))
                .toList();
        Map<String, String> hashByUsername = new HashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            hashByUsername.put(fresh.get(i).username, hashes.get(i).join());
        }
        return transaction.execute(status -> {
            // Checked again inside the transaction: someone may have created a user meanwhile.
            Plan plan = plan(file, unitIdsByCode);
            if (!plan.problems.isEmpty()) {
                return plan.result(null);
            }
            Instant now = Instant.now(clock);
            List<OneTimePassword> passwords = new ArrayList<>();
            List<UserAccount> created = new ArrayList<>();
            for (ParsedUser row : plan.rows) {
                if (row.existing == null) {
                    String hash = hashByUsername.get(row.username);
                    if (hash == null) {
                        throw new BusinessRuleException("user.username.taken", row.username);
                    }
                    UserAccount account = new UserAccount(row.username, hash, row.fullName, now);
                    account.update(row.fullName, row.email, row.unitId, row.roles);
                    account.setOneTimePassword(hash, now);
                    created.add(account);
                    passwords.add(
                            new OneTimePassword(row.username, row.fullName, row.unitCode, clear.get(row.username)));
                } else if (row.changed()) {
                    UserAccount account = row.existing;
                    Map<String, Object> before = UserAdministration.auditView(account.toSummary());
                    boolean accessChanged =
                            !account.getRoles().equals(row.roles) || !Objects.equals(account.getUnitId(), row.unitId);
                    account.update(row.fullName, row.email, row.unitId, row.roles);
                    if (accessChanged) {
                        account.endSessions();
                    }
                    audit.record(
                            "USER_UPDATED",
                            "USER",
                            account.getId(),
                            before,
                            UserAdministration.auditView(account.toSummary()));
                }
            }
            users.saveAll(created);
            users.flush();
            for (UserAccount account : created) {
                audit.record(
                        "USER_CREATED",
                        "USER",
                        account.getId(),
                        null,
                        UserAdministration.auditView(account.toSummary()));
            }
            audit.record(
                    "USERS_IMPORTED",
                    "USER",
                    null,
                    null,
                    Map.of("rows", plan.rows.size(), "created", created.size(), "updated", plan.updated()));
            return plan.result(passwords);
        });
    }

    private static final class ParsedUser {
        final int row;
        final String username;
        final String fullName;
        final String email;
        final String unitCode;
        final Long unitId;
        final Set<Role> roles;
        final UserAccount existing;
        /** Read when parsed: the commit changes the account afterwards. */
        final boolean changed;

        ParsedUser(
                int row,
                String username,
                String fullName,
                String email,
                String unitCode,
                Long unitId,
                Set<Role> roles,
                UserAccount existing) {
            this.row = row;
            this.username = username;
            this.fullName = fullName;
            this.email = email;
            this.unitCode = unitCode;
            this.unitId = unitId;
            this.roles = roles;
            this.existing = existing;
            this.changed = existing != null
                    && (!existing.getFullName().equals(fullName)
                            || !Objects.equals(existing.getEmail(), email)
                            || !Objects.equals(existing.getUnitId(), unitId)
                            || !existing.getRoles().equals(roles));
        }

        boolean changed() {
            return changed;
        }
    }

    private record Plan(List<RowProblem> problems, List<ParsedUser> rows) {

        long updated() {
            return rows.stream().filter(ParsedUser::changed).count();
        }

        UserImportResult result(List<OneTimePassword> passwords) {
            if (!problems.isEmpty()) {
                return new UserImportResult(List.copyOf(problems), 0, 0, 0, 0, null);
            }
            int created =
                    (int) rows.stream().filter(row -> row.existing == null).count();
            int updated = (int) updated();
            return new UserImportResult(
                    List.of(), rows.size(), created, updated, rows.size() - created - updated, passwords);
        }
    }

    private Plan plan(byte[] file, Map<String, Long> unitIdsByCode) {
        List<SheetRow> sheet;
        try {
            sheet = Spreadsheets.read(file);
        } catch (BusinessRuleException refusal) {
            return new Plan(List.of(RowProblem.of(0, "", refusal.messageKey(), refusal.arguments())), List.of());
        }
        List<RowProblem> problems = new ArrayList<>();
        SheetRow header = sheet.get(0);
        for (int c = 0; c < COLUMNS.size(); c++) {
            if (!COLUMNS.get(c).equalsIgnoreCase(header.cell(c))) {
                problems.add(
                        RowProblem.of(header.number(), COLUMNS.get(c), "sheet.header", String.join(", ", COLUMNS)));
                return new Plan(problems, List.of());
            }
        }
        Map<String, UserAccount> existing = new HashMap<>();
        users.findAll().forEach(account -> existing.put(account.getUsername(), account));
        Long self = currentUser.current().map(CurrentUser::id).orElse(null);
        Map<String, Integer> firstRow = new HashMap<>();
        List<ParsedUser> rows = new ArrayList<>();
        for (SheetRow line : sheet.subList(1, sheet.size())) {
            if (line.isBlank()) {
                continue;
            }
            int n = line.number();
            int before = problems.size();
            for (int column : line.unsafe()) {
                problems.add(RowProblem.of(
                        n, COLUMNS.get(column < COLUMNS.size() ? column : 0), "sheet.unsafeCell", line.cell(column)));
            }
            String username = line.cell(USERNAME).toLowerCase(Locale.ROOT);
            if (username.isEmpty()) {
                problems.add(RowProblem.of(n, COLUMNS.get(USERNAME), "sheet.required"));
            } else if (!USERNAME_PATTERN.matcher(username).matches()) {
                problems.add(RowProblem.of(n, COLUMNS.get(USERNAME), "user.username.pattern"));
            } else if (firstRow.containsKey(username)) {
                problems.add(RowProblem.of(
                        n, COLUMNS.get(USERNAME), "sheet.duplicateUsername", username, firstRow.get(username)));
            } else {
                firstRow.put(username, n);
            }
            String fullName = line.cell(FULL_NAME);
            if (fullName.isEmpty()) {
                problems.add(RowProblem.of(n, COLUMNS.get(FULL_NAME), "sheet.required"));
            } else if (fullName.length() > TextLimits.PERSON_NAME) {
                problems.add(RowProblem.of(n, COLUMNS.get(FULL_NAME), "sheet.tooLong", TextLimits.PERSON_NAME));
            }
            String email = line.cell(EMAIL);
            if (!email.isEmpty()
                    && (email.length() > TextLimits.EMAIL
                            || !EMAIL_PATTERN.matcher(email).matches())) {
                problems.add(RowProblem.of(n, COLUMNS.get(EMAIL), "sheet.email", email));
            }
            String unitCode = line.cell(UNIT).toUpperCase(Locale.ROOT);
            Long unitId = null;
            if (!unitCode.isEmpty()) {
                unitId = unitIdsByCode.get(unitCode);
                if (unitId == null) {
                    problems.add(RowProblem.of(n, COLUMNS.get(UNIT), "sheet.unknownUnit", unitCode));
                }
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            if (line.cell(ROLES).isEmpty()) {
                problems.add(RowProblem.of(n, COLUMNS.get(ROLES), "user.roles.required"));
            }
            for (String name : line.cell(ROLES).split("[,;\\s]+")) {
                if (name.isBlank()) {
                    continue;
                }
                try {
                    roles.add(Role.valueOf(name.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problems.add(RowProblem.of(
                            n, COLUMNS.get(ROLES), "sheet.unknownRole", name.trim(), Arrays.toString(Role.values())));
                }
            }
            if (roles.contains(Role.FOCAL_POINT) && unitCode.isEmpty()) {
                problems.add(RowProblem.of(n, COLUMNS.get(UNIT), "user.unit.requiredForFocalPoint"));
            }
            UserAccount account = existing.get(username);
            if (account != null && self != null && account.getId() == self.longValue() && !roles.contains(Role.ADMIN)) {
                problems.add(RowProblem.of(n, COLUMNS.get(ROLES), "user.cannotRemoveOwnAdmin"));
            }
            if (problems.size() > before) {
                continue;
            }
            rows.add(new ParsedUser(
                    n,
                    username,
                    fullName,
                    email.isEmpty() ? null : email,
                    unitCode.isEmpty() ? null : unitCode,
                    unitId,
                    roles,
                    account));
        }
        return new Plan(problems, rows);
    }
}
