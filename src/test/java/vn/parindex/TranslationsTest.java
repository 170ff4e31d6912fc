package vn.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every user-visible string comes from the vi and en bundles: both have the same keys, every key the
 * code asks for exists, and views hold no hard-coded text.
 */
class TranslationsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern TRANSLATION_CALL =
            Pattern.compile("(?:getTranslation|BusinessRuleException|Messages\\.key)\\(\\s*\"([a-zA-Z0-9_.]+)\"");
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\(title = \"([^\"]+)\"");
    /** Text-setting calls and text-taking constructors whose argument would be shown as is. */
    private static final Pattern HARD_CODED_TEXT = Pattern.compile(
            "(?:\\.set(?:Text|Label|Placeholder|HelperText|HeaderTitle|ErrorMessage|Title|Header|ConfirmText|CancelText|AriaLabel|EmptySelectionCaption)"
                    + "|new (?:Span|Button|H1|H2|H3|H4|Paragraph|Anchor|Label|NativeLabel|TextField|Checkbox|Tab|SideNavItem|MenuItem|Notification|ConfirmDialog))"
                    + "\\(\\s*(?:\"[^\"]*\",\\s*)?\"([^\"]*[\\p{L}][^\"]*)\"");

    @Test
    void vietnameseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(keys("vi")).isNotEmpty().isEqualTo(keys("en"));
    }

    @Test
    void noBundleValueIsEmpty() throws IOException {
        for (String language : List.of("vi", "en")) {
            Properties bundle = bundle(language);
            assertThat(bundle.stringPropertyNames())
                    .as("empty values in %s", language)
                    .allSatisfy(key -> assertThat(bundle.getProperty(key)).isNotBlank());
        }
    }

    @Test
    void everyKeyTheCodeUsesIsTranslated() throws IOException {
        Set<String> known = keys("vi");
        List<String> missing = new ArrayList<>();
        for (Path file : javaSources()) {
            String source = Files.readString(file);
            for (Pattern pattern : List.of(TRANSLATION_CALL, MENU_TITLE)) {
                Matcher matcher = pattern.matcher(source);
                while (matcher.find()) {
                    String key = matcher.group(1);
                    if (!key.endsWith(".") && !known.contains(key)) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void viewsHoldNoHardCodedUserVisibleText() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaSources()) {
            if (!file.toString().contains("/ui/")) {
                continue;
            }
            String source = Files.readString(file);
            Matcher matcher = HARD_CODED_TEXT.matcher(source);
            while (matcher.find()) {
                offenders.add(file.getFileName() + ": \"" + matcher.group(1) + "\"");
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theHardCodedTextCheckRecognisesOffenders() {
        assertThat(HARD_CODED_TEXT.matcher("button.setText(\"Lưu\")").find()).isTrue();
        assertThat(HARD_CODED_TEXT.matcher("new Span(\"Unit\")").find()).isTrue();
        assertThat(HARD_CODED_TEXT.matcher("new Span(getTranslation(\"unit\"))").find())
                .isFalse();
        assertThat(HARD_CODED_TEXT.matcher("field.setWidth(\"420px\")").find()).isFalse();
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(path -> path.toString().endsWith(".java")).toList();
        }
    }

    private static Set<String> keys(String language) throws IOException {
        return new TreeSet<>(bundle(language).stringPropertyNames());
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                TranslationsTest.class.getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
            assertThat(in).as("bundle %s", language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
