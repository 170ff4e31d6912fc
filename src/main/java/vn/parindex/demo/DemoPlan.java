package vn.parindex.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the 2022 and 2023 demo results must show: each unit's published index, chosen so that every fact
 * of the 2023 Hai Duong report holds (Transport 92.86 and Home Affairs 91.11 first and second, Nam Sach
 * 90.86 first, Chi Linh 88.82 second after third, Tu Ky 11th twice, Thanh Mien 12th after 6th, the
 * Industrial Park Board and Health 17th and 18th twice), with the constraints the leader classifications
 * and awards follow from (2023: exactly six departments and one district at 90 or more, Education,
 * Information, Agriculture and Culture 3rd to 6th, Kim Thanh and Ninh Giang 3rd and 4th, nobody below 70;
 * 2022: two departments and two districts below 70). The indexes come out of item scores
 * ({@link DemoScoreFitter}); they are never stored as totals.
 */
final class DemoPlan {

    /** The member appraising Nam Sach every year (the browser journey of the appraisal issue relies on it). */
    static final String NAM_SACH_MEMBER = "hoidong1";

    static final List<String> MEMBERS = List.of("hoidong1", "hoidong2", "hoidong3");

    /** Unit code to {2022 index, 2023 index}. */
    private static final Map<String, BigDecimal[]> INDEXES = new LinkedHashMap<>();

    static {
        // Departments and sectors (2023 order).
        put("SGTVT", "91.47", "92.86");
        put("SNV", "90.24", "91.11");
        put("SGDDT", "86.95", "90.74");
        put("STTTT", "85.13", "90.52");
        put("SNNPTNT", "83.62", "90.35");
        put("SVHTTDL", "84.40", "90.08");
        put("STC", "87.78", "89.46");
        put("SKHDT", "88.31", "88.73");
        put("STP", "82.57", "87.95");
        put("SCT", "81.09", "87.12");
        put("SXD", "79.85", "86.40");
        put("STNMT", "80.66", "85.67");
        put("SLDTBXH", "77.42", "84.91");
        put("SKHCN", "76.18", "83.25");
        put("TTT", "74.93", "82.18");
        put("VPUBND", "78.70", "81.54");
        put("BQLKCN", "68.45", "78.36");
        put("SYT", "66.12", "76.42");
        // District-level People's Committees (2023 order).
        put("HNS", "89.12", "90.86");
        put("TPCL", "86.95", "88.82");
        put("HKT", "85.40", "87.45");
        put("HNG", "84.22", "86.93");
        put("TPHD", "87.84", "85.70");
        put("TXKM", "81.37", "84.36");
        put("HTH", "79.66", "83.12");
        put("HCG", "77.80", "81.95");
        put("HBG", "66.28", "80.47");
        put("HGL", "74.51", "79.28");
        put("HTK", "68.73", "76.54");
        put("HTM", "83.05", "74.19");
    }

    /**
     * A bonus or penalty line: what the unit claimed and what the council kept. A penalty is never
     * claimed (the unit enters 0); {@code late}: the self-assessment came in after the deadline.
     */
    record Adjustment(
            String unitCode, int year, String lineCode, BigDecimal claimed, BigDecimal decided, boolean late) {}

    static final List<Adjustment> ADJUSTMENTS = List.of(
            new Adjustment("SNV", 2022, "T1", new BigDecimal("0.75"), new BigDecimal("0.75"), false),
            new Adjustment("SYT", 2022, "T2", BigDecimal.ZERO, new BigDecimal("-0.75"), true),
            new Adjustment("SGTVT", 2023, "T1", new BigDecimal("1.00"), new BigDecimal("0.50"), false),
            new Adjustment("HNS", 2023, "T1", new BigDecimal("0.50"), new BigDecimal("0.50"), false),
            new Adjustment("HTM", 2023, "T2", BigDecimal.ZERO, new BigDecimal("-0.50"), true));

    /**
     * How often each member deducted from the self score (per item): their styles differ, so the
     * consistency view has something to show.
     */
    static final Map<String, Double> STRICTNESS = Map.of("hoidong1", 0.10, "hoidong2", 0.17, "hoidong3", 0.07);

    private DemoPlan() {}

    private static void put(String code, String index2022, String index2023) {
        INDEXES.put(code, new BigDecimal[] {new BigDecimal(index2022), new BigDecimal(index2023)});
    }

    /** The index the unit's published result must show, if the demo plans one for that year. */
    static Optional<BigDecimal> index(String unitCode, int year) {
        BigDecimal[] both = INDEXES.get(unitCode);
        if (both == null || year < 2022 || year > 2023) {
            return Optional.empty();
        }
        return Optional.of(both[year - 2022]);
    }

    static Map<String, BigDecimal> indexes(int year) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        INDEXES.keySet().forEach(code -> result.put(code, index(code, year).orElseThrow()));
        return result;
    }

    static List<Adjustment> adjustments(String unitCode, int year) {
        return ADJUSTMENTS.stream()
                .filter(adjustment -> adjustment.unitCode().equals(unitCode) && adjustment.year() == year)
                .toList();
    }

    /**
     * One member per unit, in turn (shifted by year so each member sees other units over the years),
     * never a member of the unit itself; Nam Sach always with {@link #NAM_SACH_MEMBER}.
     *
     * @param unitCodes the units in their order
     * @param memberUnits each member's own unit code (null when none)
     * @return unit code to member
     */
    static Map<String, String> assignments(List<String> unitCodes, Map<String, String> memberUnits, int year) {
        Map<String, String> result = new LinkedHashMap<>();
        List<String> members = new ArrayList<>(MEMBERS);
        int turn = year;
        for (String unit : unitCodes) {
            if (unit.equals("HNS")) {
                result.put(unit, NAM_SACH_MEMBER);
                continue;
            }
            for (int tries = 0; tries < members.size(); tries++, turn++) {
                String member = members.get(Math.floorMod(turn, members.size()));
                if (!unit.equals(memberUnits.get(member))) {
                    result.put(unit, member);
                    turn++;
                    break;
                }
            }
            if (!result.containsKey(unit)) {
                throw new IllegalStateException("Every member belongs to " + unit);
            }
        }
        return result;
    }
}
