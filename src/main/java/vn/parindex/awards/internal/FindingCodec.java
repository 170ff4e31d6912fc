package vn.parindex.awards.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.parindex.awards.RuleFinding;

/** Stores findings as text: one line each, fields and arguments split by control characters. */
public final class FindingCodec {

    private static final String FIELD = "\u001F";
    private static final String ARG = "\u001E";

    private FindingCodec() {}

    public static String encode(List<RuleFinding> findings) {
        List<String> lines = new ArrayList<>();
        for (RuleFinding f : findings) {
            lines.add(String.join(
                    FIELD,
                    f.passed() ? "1" : "0",
                    f.ruleKey(),
                    String.join(ARG, f.ruleArgs()),
                    f.reasonKey(),
                    String.join(ARG, f.reasonArgs())));
        }
        return String.join("\n", lines);
    }

    public static List<RuleFinding> decode(String text) {
        List<RuleFinding> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String line : text.split("\n")) {
            String[] f = line.split(FIELD, -1);
            out.add(new RuleFinding(f[1], args(f[2]), "1".equals(f[0]), f[3], args(f[4])));
        }
        return out;
    }

    private static List<String> args(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split(ARG, -1));
    }
}
