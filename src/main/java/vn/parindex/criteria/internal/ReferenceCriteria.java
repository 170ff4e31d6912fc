package vn.parindex.criteria.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.parindex.criteria.CriteriaEditor;
import vn.parindex.criteria.CriteriaRows;
import vn.parindex.period.PeriodCreated;
import vn.parindex.period.StartingCriteria;

/**
 * The criteria sets shipped with the portal (the provincial reference sets for departments and for
 * district-level units, the ones the demo uses), offered to a province's first period, which has no
 * previous year to copy. Applied inside the transaction that creates the period.
 */
@Component
class ReferenceCriteria implements StartingCriteria {

    static final String DEPARTMENT = "REFERENCE_DEPARTMENT";
    static final String DISTRICT = "REFERENCE_DISTRICT";

    private static final Map<String, String> RESOURCES = Map.of(
            DEPARTMENT, "criteria/reference-department.csv",
            DISTRICT, "criteria/reference-district.csv");

    private final CriteriaEditor editor;

    ReferenceCriteria(CriteriaEditor editor) {
        this.editor = editor;
    }

    @Override
    public List<StartingSet> startingSets() {
        return List.of(
                new StartingSet(
                        DEPARTMENT,
                        "Bộ tiêu chí tham chiếu khối sở, ban, ngành",
                        "Reference set for departments and sectors"),
                new StartingSet(
                        DISTRICT,
                        "Bộ tiêu chí tham chiếu khối UBND cấp huyện, cấp xã",
                        "Reference set for district- and commune-level People's Committees"),
                new StartingSet(
                        EMPTY, "Bộ tiêu chí trống, nhập từ tệp Excel", "Empty set, imported from an Excel file"));
    }

    @EventListener
    void on(PeriodCreated created) {
        if (created.previousPeriodId() != null) {
            return;
        }
        created.startingSets().forEach((blockId, code) -> {
            if (!EMPTY.equals(code) && !RESOURCES.containsKey(code)) {
                return;
            }
            long setId = editor.createSet(created.periodId(), blockId);
            if (RESOURCES.containsKey(code)) {
                CriteriaRows.Parsed parsed = CriteriaRows.parse(read(RESOURCES.get(code)), 1);
                if (!parsed.ok()) {
                    throw new IllegalStateException(
                            "Shipped criteria set " + code + " is invalid: " + parsed.problems());
                }
                editor.replaceAll(setId, parsed.nodes());
            }
        });
    }

    private static List<List<String>> read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return CriteriaRows.readCsv(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
