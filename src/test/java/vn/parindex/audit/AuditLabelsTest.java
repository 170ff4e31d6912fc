package vn.parindex.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.parindex.support.PortalIntegrationTest;
import vn.parindex.support.SignIn;

/**
 * Every audit action and entity type the portal writes has a label in both languages, so the audit
 * viewer never shows a raw code: the codes are collected from the audit calls in the sources and
 * from what the demo database holds.
 */
@PortalIntegrationTest
class AuditLabelsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final String ACTION_KEYS = "audit.action.";
    private static final String ENTITY_TYPE_KEYS = "audit.entityType.";
    private static final Pattern CALL =
            Pattern.compile("\\.(record|recordAccess|recordAccessFor|recordFor|recordDeniedFor)\\s*\\(");
    private static final Pattern CODE = Pattern.compile("\"([A-Za-z][A-Za-z0-9_]*)\"");
    private static final Pattern IDENTIFIER = Pattern.compile("(?:(\\w+)\\.)?([A-Za-z_]\\w*)");
    /** Codes the tests write into the shared database; not the portal's. */
    private static final String TEST_CODES = "TEST";

    @Autowired
    AuditTrail trail;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void everyActionAndEntityTypeTheSourcesWriteHasALabelInBothLanguages() throws IOException {
        Codes codes = scanSources();
        // the scanner must see the portal's calls, not silently nothing
        assertThat(codes.actions).hasSizeGreaterThan(100).contains("LOGIN_SUCCESS", "ACCESS_DENIED", "LOGOUT");
        assertThat(codes.actions)
                .as("codes passed through parameters")
                .contains("AWARD_NOMINATION_ACCEPTED", "CRITERIA_NODE_ADDED");
        assertThat(codes.entityTypes).hasSizeGreaterThan(20).contains("USER", "AWARD_NOMINATION", "ACCESS");
        assertThat(codes.unresolved)
                .as("audit calls whose code the scan cannot follow")
                .isEmpty();
        assertLabelled(codes.actions, ACTION_KEYS);
        assertLabelled(codes.entityTypes, ENTITY_TYPE_KEYS);
    }

    @Test
    void everyActionAndEntityTypeInTheDemoDatabaseHasALabelInBothLanguages() throws IOException {
        SignIn.as(context, "admin");
        List<String> actions = withoutTestCodes(trail.actions());
        List<String> entityTypes = withoutTestCodes(trail.entityTypes());
        assertThat(actions).isNotEmpty();
        assertLabelled(actions, ACTION_KEYS);
        assertLabelled(entityTypes, ENTITY_TYPE_KEYS);
    }

    @Test
    void everyAuditLabelKeyNamesACode() throws IOException {
        Codes codes = scanSources();
        for (String language : List.of("vi", "en")) {
            Properties bundle = bundle(language);
            assertThat(keysUnder(bundle, ACTION_KEYS))
                    .as("action labels without an action in %s", language)
                    .isSubsetOf(codes.actions);
            assertThat(keysUnder(bundle, ENTITY_TYPE_KEYS))
                    .as("entity type labels without an entity type in %s", language)
                    .isSubsetOf(codes.entityTypes);
        }
    }

    private static List<String> withoutTestCodes(List<String> codes) {
        return codes.stream().filter(code -> !code.startsWith(TEST_CODES)).toList();
    }

    private static void assertLabelled(Iterable<String> codes, String prefix) throws IOException {
        for (String language : List.of("vi", "en")) {
            Properties bundle = bundle(language);
            List<String> missing = new ArrayList<>();
            for (String code : codes) {
                if (bundle.getProperty(prefix + code) == null) {
                    missing.add(prefix + code);
                }
            }
            assertThat(missing).as("missing %s labels in %s", prefix, language).isEmpty();
        }
    }

    private static Set<String> keysUnder(Properties bundle, String prefix) {
        Set<String> codes = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                codes.add(key.substring(prefix.length()));
            }
        }
        return codes;
    }

    // ---- the scan

    private record Codes(Set<String> actions, Set<String> entityTypes, List<String> unresolved) {}

    /**
     * Finds the audit calls and resolves their action and entity type arguments: string literals
     * (either side of a condition too), constants of the same or a named class, and parameters of
     * the enclosing method, followed to that method's callers in the same file.
     */
    private static Codes scanSources() throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                sources.put(file.getFileName().toString().replace(".java", ""), Files.readString(file));
            }
        }
        Codes codes = new Codes(new TreeSet<>(), new TreeSet<>(), new ArrayList<>());
        for (Map.Entry<String, String> file : sources.entrySet()) {
            String source = file.getValue();
            Matcher call = CALL.matcher(source);
            while (call.find()) {
                List<String> arguments = arguments(source, call.end());
                String method = call.group(1);
                String where = file.getKey() + ":" + line(source, call.start());
                if (method.equals("recordDeniedFor")) {
                    codes.actions.add("ACCESS_DENIED");
                    codes.entityTypes.add("ACCESS");
                    continue;
                }
                int first = switch (method) {
                    case "recordFor", "recordAccessFor" -> 2;
                    // record(scope, action, type, id, old, new)
                    case "record" -> arguments.size() == 6 ? 1 : 0;
                    // recordAccess(scope, action, type, id, detail)
                    case "recordAccess" -> arguments.size() == 5 ? 1 : 0;
                    default -> 0;
                };
                if (arguments.size() < first + 2) {
                    // the declaration in AuditLog itself, not a call
                    continue;
                }
                resolve(arguments.get(first), source, sources, call.start(), codes.actions, codes.unresolved, where);
                resolve(
                        arguments.get(first + 1),
                        source,
                        sources,
                        call.start(),
                        codes.entityTypes,
                        codes.unresolved,
                        where);
            }
        }
        return codes;
    }

    private static void resolve(
            String argument,
            String source,
            Map<String, String> sources,
            int at,
            Set<String> into,
            List<String> unresolved,
            String where) {
        Matcher literal = CODE.matcher(argument);
        boolean found = false;
        while (literal.find()) {
            into.add(literal.group(1));
            found = true;
        }
        if (found) {
            return;
        }
        Matcher identifier = IDENTIFIER.matcher(argument.trim());
        if (!identifier.matches()) {
            unresolved.add(where + " " + argument);
            return;
        }
        String owner = identifier.group(1) == null ? source : sources.getOrDefault(identifier.group(1), "");
        String name = identifier.group(2);
        Matcher constant = Pattern.compile("String\\s+" + name + "\\s*=\\s*\"([A-Za-z][A-Za-z0-9_]*)\"")
                .matcher(owner);
        if (constant.find()) {
            into.add(constant.group(1));
            return;
        }
        if (identifier.group(1) == null && parameter(name, source, at, into, 0)) {
            return;
        }
        unresolved.add(where + " " + argument);
    }

    /**
     * A parameter of the enclosing method: the literals its callers in the same file pass for it, or,
     * where a caller passes a parameter of its own, what that one's callers pass (a few levels deep).
     */
    private static boolean parameter(String name, String source, int at, Set<String> into, int depth) {
        if (depth > 3) {
            return false;
        }
        Matcher declaration = Pattern.compile("(\\w+)\\s*\\(([^()]*\\bString\\s+" + name + "\\b[^()]*)\\)\\s*\\{")
                .matcher(source.substring(0, at));
        String method = null;
        int position = -1;
        while (declaration.find()) {
            method = declaration.group(1);
            String[] parameters = declaration.group(2).split(",");
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i].trim().endsWith(" " + name)) {
                    position = i;
                }
            }
        }
        if (method == null || position < 0) {
            return false;
        }
        boolean found = false;
        Matcher caller = Pattern.compile("\\b" + method + "\\s*\\(").matcher(source);
        while (caller.find()) {
            List<String> arguments = arguments(source, caller.end());
            if (arguments.size() > position) {
                String argument = arguments.get(position).trim();
                Matcher literal = CODE.matcher(argument);
                if (literal.matches()) {
                    into.add(literal.group(1));
                    found = true;
                } else if (argument.matches("[a-z]\\w*")
                        && parameter(argument, source, caller.start(), into, depth + 1)) {
                    found = true;
                }
            }
        }
        return found;
    }

    /** The top-level arguments of the call whose opening parenthesis ends at {@code from}. */
    private static List<String> arguments(String source, int from) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString) {
                current.append(c);
                if (c == '\\') {
                    current.append(source.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                current.append(c);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
                current.append(c);
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    if (!current.toString().isBlank()) {
                        arguments.add(current.toString().trim());
                    }
                    return arguments;
                }
                depth--;
                current.append(c);
            } else if (c == ',' && depth == 0) {
                arguments.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return arguments;
    }

    private static int line(String source, int at) {
        return (int) source.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                AuditLabelsTest.class.getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
            assertThat(in).as("bundle %s", language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
