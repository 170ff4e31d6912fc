package vn.parindex.appraisal.ui;

import com.vaadin.flow.component.Html;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import vn.parindex.appraisal.AppraiserStats;
import vn.parindex.shared.ui.Formats;

/**
 * A horizontal bar chart of each appraiser's average deduction, drawn on the server as SVG (no
 * frontend bundle change, see ADR 0002). Bars right of the zero line are deductions, left raises.
 * The SVG sits in a div: set as the inner HTML of an HTML element, it is parsed in the SVG namespace.
 */
final class DeductionChart {

    private static final int ROW = 26;
    private static final int LABEL = 220;
    private static final int PLOT = 420;
    private static final int VALUE = 70;

    private DeductionChart() {}

    static Html of(List<AppraiserStats> appraisers, Locale locale, String title) {
        double largest = appraisers.stream()
                .map(a -> a.averageDeduction().abs())
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE)
                .doubleValue();
        double scale = largest == 0 ? 0 : (PLOT / 2.0 - 4) / largest;
        int height = Math.max(1, appraisers.size()) * ROW + 10;
        int width = LABEL + PLOT + VALUE;
        double zero = LABEL + PLOT / 2.0;
        StringBuilder svg = new StringBuilder();
        svg.append("<div class=\"consistency-chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
                .append(" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\"><title>")
                .append(escape(title))
                .append("</title>");
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#888\" stroke-width=\"1\"/>",
                zero,
                zero,
                height));
        int y = 5;
        for (AppraiserStats appraiser : appraisers) {
            double value = appraiser.averageDeduction().doubleValue();
            double length = Math.abs(value) * scale;
            double x = value >= 0 ? zero : zero - length;
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"13\" text-anchor=\"end\">%s</text>",
                    LABEL - 8,
                    y + 16,
                    escape(appraiser.fullName())));
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"bar\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                    x,
                    y + 3,
                    Math.max(length, 1),
                    ROW - 8,
                    value >= 0 ? "#c0392b" : "#2e86c1"));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"13\">%s</text>",
                    LABEL + PLOT + 6,
                    y + 16,
                    escape(Formats.score(appraiser.averageDeduction(), locale))));
            y += ROW;
        }
        svg.append("</svg></div>");
        return new Html(svg.toString());
    }

    private static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
