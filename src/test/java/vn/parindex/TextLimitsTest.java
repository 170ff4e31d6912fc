package vn.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Length limits are named once ({@code shared.TextLimits}) and used by both the field's maximum
 * length and the service's check: no number is written in place of one.
 */
class TextLimitsTest {

    private static final Pattern LITERAL_LIMIT = Pattern.compile("setMaxLength\\(\\d+\\)|length\\(\\)\\s*>\\s*\\d{2,}");

    @Test
    void noViewOrServiceWritesALengthLimitAsANumber() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(source);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher literal = LITERAL_LIMIT.matcher(lines.get(i));
                    if (literal.find()) {
                        literals.add(source + ":" + (i + 1) + " " + literal.group());
                    }
                }
            }
        }
        assertThat(literals).as("use a vn.parindex.shared.TextLimits constant").isEmpty();
    }
}
