package vn.parindex.ranking.internal.export;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.parindex.ranking.AreaHeading;
import vn.parindex.ranking.BlockResults;
import vn.parindex.ranking.PublicationRef;
import vn.parindex.ranking.RankChange;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.ranking.UnrankedUnit;
import vn.parindex.shared.Locales;
import vn.parindex.shared.ui.Formats;

/**
 * The exports' texts in one language, from the portal's translation bundles (read directly, so the
 * renderers need no Spring context), with numbers and dates formatted as the views format them.
 */
final class ExportTexts {

    static final String BUNDLE = "vaadin-i18n.translations";

    private final Locale locale;
    private final ResourceBundle bundle;

    ExportTexts(Locale locale) {
        this.locale = Locales.fromTag(locale == null ? null : locale.toLanguageTag());
        this.bundle = ResourceBundle.getBundle(
                BUNDLE,
                this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    /** The bundle text; arguments are formatted as {@link MessageFormat} does, like the views' translations. */
    String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** Two decimals in the language (92,86 or 92.86); empty for null. */
    String score(BigDecimal value) {
        return Formats.score(value, locale);
    }

    /** The change as the official table prints it: "+2", "-1", "=" or "mới"/"new". */
    String change(RankChange change) {
        return switch (change.direction()) {
            case UP -> "+" + change.places();
            case DOWN -> "-" + change.places();
            case SAME -> "=";
            case NEW -> text("rankingExport.change.new");
        };
    }

    /** The change in words for the scorecard: "Tăng 2 bậc (hạng 3 năm 2022)". */
    String changeInWords(UnitResultRow row, int previousYear) {
        RankChange change = row.change();
        String year = String.valueOf(previousYear);
        String places = String.valueOf(change.places());
        String previous = String.valueOf(row.previousRank());
        return switch (change.direction()) {
            case UP -> text("rankingExport.change.up", places, previous, year);
            case DOWN -> text("rankingExport.change.down", places, previous, year);
            case SAME -> text("rankingExport.change.same", previous, year);
            case NEW -> text("rankingExport.change.newInWords", year);
        };
    }

    String band(UnitResultRow row) {
        return row.band() == null ? "" : row.band().name(locale);
    }

    /** Why a unit takes no place, with the council's note when it gave one. */
    String reason(UnrankedUnit unit) {
        if (unit.reason() == null) {
            return unit.note() == null ? "" : unit.note();
        }
        String reason = text("rankingExport.reason." + unit.reason().name());
        return unit.note() == null || unit.note().isBlank() ? reason : reason + ": " + unit.note();
    }

    String title(BlockResults results) {
        return text("rankingExport.title", String.valueOf(results.year()));
    }

    String block(BlockResults results) {
        return text("rankingExport.block", results.blockName(locale));
    }

    /** "Published (revision 1) on 15/03/2024, decision No. 123/QĐ-UBND" or the draft warning. */
    String status(BlockResults results) {
        if (results.publication().isEmpty()) {
            return text("rankingExport.draft");
        }
        PublicationRef publication = results.publication().get();
        String day = publication.publishedAt() == null
                ? ""
                : Formats.date(LocalDate.ofInstant(publication.publishedAt(), Formats.PORTAL_ZONE), locale);
        String revision = String.valueOf(publication.revision());
        return publication.decisionNumber() == null
                        || publication.decisionNumber().isBlank()
                ? text("rankingExport.published", revision, day)
                : text("rankingExport.publishedWithDecision", revision, day, publication.decisionNumber());
    }

    /** "1. Direction and management of administrative reform (%)" or, short, the code alone. */
    String area(AreaHeading area, boolean withName) {
        return withName ? text("rankingExport.col.area", area.code(), area.name(locale)) : area.code();
    }

    /** The official columns: No., unit, points, index %, rank, change, band, then one per area. */
    List<String> headings(BlockResults results, boolean areaNames) {
        List<String> headings = new ArrayList<>(List.of(
                text("rankingExport.col.no"),
                text("rankingExport.col.unit"),
                text("rankingExport.col.points"),
                text("rankingExport.col.index"),
                text("rankingExport.col.rank"),
                text("rankingExport.col.change", String.valueOf(results.year() - 1)),
                text("rankingExport.col.band")));
        for (AreaHeading area : results.areas()) {
            headings.add(area(area, areaNames));
        }
        return headings;
    }

    /** "1. Direction ...; 2. Institutional reform; ..." under tables that head areas by code. */
    String areaLegend(BlockResults results) {
        List<String> parts = new ArrayList<>();
        for (AreaHeading area : results.areas()) {
            parts.add(area.code() + ". " + area.name(locale));
        }
        return text("rankingExport.areaLegend", String.join("; ", parts));
    }
}
