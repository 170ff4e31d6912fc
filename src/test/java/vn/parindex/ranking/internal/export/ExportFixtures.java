package vn.parindex.ranking.internal.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.parindex.period.RankingBand;
import vn.parindex.ranking.AreaHeading;
import vn.parindex.ranking.AreaResult;
import vn.parindex.ranking.BlockRanking;
import vn.parindex.ranking.BlockResults;
import vn.parindex.ranking.PublicationRef;
import vn.parindex.ranking.RankChange;
import vn.parindex.ranking.UnitResultRow;
import vn.parindex.ranking.UnrankedUnit;
import vn.parindex.shared.pdf.AdministrativeDocument;

/**
 * Constructed results for the export tests: the 2023 department block shaped like the Hai Duong
 * report (Transport 92.86 first, Home Affairs 91.11 second, Health last), with a tie (5, 5, 7), a new
 * unit, a unit with a comma in its name and one not ranked; and generated blocks of any size.
 */
final class ExportFixtures {

    static final long BLOCK_ID = 1;
    static final long TRANSPORT = 101;
    static final long HOME_AFFAIRS = 102;
    static final long JUSTICE = 109;
    static final long HEALTH = 118;
    static final long ETHNIC_BOARD = 119;

    static final List<RankingBand> BANDS = List.of(
            new RankingBand(new BigDecimal("90"), "Tốt", "Good"),
            new RankingBand(new BigDecimal("80"), "Khá", "Fairly good"),
            new RankingBand(new BigDecimal("70"), "Trung bình", "Average"),
            new RankingBand(BigDecimal.ZERO, "Yếu", "Weak"));

    static final List<AreaHeading> AREAS = List.of(
            area(
                    1,
                    "Công tác chỉ đạo, điều hành cải cách hành chính",
                    "Direction and management of administrative reform",
                    "10"),
            area(2, "Cải cách thể chế", "Institutional reform", "7"),
            area(3, "Cải cách thủ tục hành chính", "Administrative procedure reform", "13"),
            area(4, "Cải cách tổ chức bộ máy", "Organisational apparatus reform", "8"),
            area(5, "Cải cách chế độ công vụ", "Civil service reform", "10"),
            area(6, "Cải cách tài chính công", "Public finance reform", "7"),
            area(
                    7,
                    "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
                    "E-government and digital government",
                    "15"),
            area(8, "Điều tra xã hội học", "Sociological surveys", "30"));

    /** code, name vi, name en, index, previous rank (null: new). */
    private static final Object[][] DEPARTMENTS = {
        {"SGTVT", "Sở Giao thông vận tải", "Department of Transport", "92.86", 1},
        {"SNV", "Sở Nội vụ", "Department of Home Affairs", "91.11", 2},
        {"SGDDT", "Sở Giáo dục và Đào tạo", "Department of Education and Training", "90.75", 4},
        {"STTTT", "Sở Thông tin và Truyền thông", "Department of Information and Communications", "90.40", 3},
        {
            "SNNPTNT",
            "Sở Nông nghiệp và Phát triển nông thôn",
            "Department of Agriculture and Rural Development",
            "90.12",
            6
        },
        {"SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism", "90.12", 5},
        {"STC", "Sở Tài chính", "Department of Finance", "88.50", 8},
        {"SKHDT", "Sở Kế hoạch và Đầu tư", "Department of Planning and Investment", "87.20", 7},
        {"STP", "Sở Tư pháp", "Department of Justice", "86.00", null},
        {"SCT", "Sở Công Thương", "Department of Industry and Trade", "85.10", 10},
        {"SXD", "Sở Xây dựng", "Department of Construction", "84.30", 9},
        {"STNMT", "Sở Tài nguyên và Môi trường", "Department of Natural Resources and Environment", "83.00", 12},
        {
            "SLDTBXH",
            "Sở Lao động - Thương binh và Xã hội",
            "Department of Labour, Invalids and Social Affairs",
            "82.20",
            14
        },
        {"SKHCN", "Sở Khoa học và Công nghệ", "Department of Science and Technology", "81.00", 13},
        {"TTT", "Thanh tra tỉnh", "Provincial Inspectorate", "79.50", 15},
        {"VPUBND", "Văn phòng Ủy ban nhân dân tỉnh", "Office of the Provincial People's Committee", "78.40", 16},
        {"BQLKCN", "Ban Quản lý các khu công nghiệp tỉnh", "Provincial Industrial Park Management Board", "75.20", 17},
        {"SYT", "Sở Y tế", "Department of Health", "72.05", 18},
    };

    private ExportFixtures() {}

    static BlockResults departments2023(boolean published) {
        List<BlockRanking.Entry> entries = new ArrayList<>();
        java.util.Map<Long, Integer> previous = new java.util.HashMap<>();
        for (int i = 0; i < DEPARTMENTS.length; i++) {
            long id = 101 + i;
            entries.add(new BlockRanking.Entry(
                    id,
                    new vn.parindex.ranking.ResultIndex(
                            new BigDecimal((String) DEPARTMENTS[i][3]), new BigDecimal("100"))));
            if (DEPARTMENTS[i][4] != null) {
                previous.put(id, (Integer) DEPARTMENTS[i][4]);
            }
        }
        List<UnitResultRow> rows = new ArrayList<>();
        for (BlockRanking.Placement placement : BlockRanking.rank(entries, previous, BANDS)) {
            int i = (int) (placement.unitId() - 101);
            Object[] department = DEPARTMENTS[i];
            BigDecimal adjustments = placement.unitId() == TRANSPORT ? new BigDecimal("0.50") : BigDecimal.ZERO;
            rows.add(row(
                    placement.unitId(),
                    (String) department[0],
                    (String) department[1],
                    (String) department[2],
                    placement.index(),
                    adjustments,
                    placement.rank(),
                    previous.get(placement.unitId()),
                    placement.change(),
                    placement.band().orElse(null)));
        }
        List<UnrankedUnit> notRanked = List.of(new UnrankedUnit(
                ETHNIC_BOARD,
                "BDT",
                "Ban Dân tộc tỉnh",
                "Provincial Ethnic Minorities Board",
                UnrankedUnit.Reason.COUNCIL_DECISION,
                "thành lập tháng 10/2023, chưa đủ 6 tháng hoạt động"));
        Optional<PublicationRef> publication = published
                ? Optional.of(
                        new PublicationRef(7, 1, Instant.parse("2024-03-15T03:00:00Z"), "noivu", null, "123/QĐ-UBND"))
                : Optional.empty();
        return new BlockResults(
                2023,
                2023,
                BLOCK_ID,
                "Khối sở, ban, ngành",
                "Departments and sectors",
                AREAS,
                rows,
                notRanked,
                publication);
    }

    /** A block of {@code units} ranked units with distinct indexes, half of them climbing, and 1 % not ranked. */
    static BlockResults generated(int units) {
        List<UnitResultRow> rows = new ArrayList<>(units);
        for (int i = 0; i < units; i++) {
            BigDecimal index = new BigDecimal("99.99")
                    .subtract(new BigDecimal(i)
                            .multiply(new BigDecimal("60"))
                            .divide(new BigDecimal(units), 2, RoundingMode.DOWN));
            int rank = i + 1;
            Integer previousRank = i % 10 == 9 ? null : (i % 2 == 0 ? rank + 3 : Math.max(1, rank - 2));
            RankChange change = RankChange.between(previousRank, rank);
            rows.add(row(
                    10_000L + i,
                    "DV" + i,
                    "Ủy ban nhân dân xã Đông Hưng số " + i,
                    "Dong Hung Commune People's Committee No. " + i,
                    index,
                    BigDecimal.ZERO,
                    rank,
                    previousRank,
                    change,
                    BlockRanking.bandOf(index, BANDS).orElse(null)));
        }
        List<UnrankedUnit> notRanked = new ArrayList<>();
        for (int i = 0; i < units / 100; i++) {
            notRanked.add(new UnrankedUnit(
                    900_000L + i,
                    "NR" + i,
                    "Xã chưa thẩm định " + i,
                    "Commune not appraised " + i,
                    UnrankedUnit.Reason.NOT_APPRAISED,
                    null));
        }
        return new BlockResults(
                2069, 2069, 2, "Khối xã, phường", "Communes and wards", AREAS, rows, notRanked, Optional.empty());
    }

    /** The signed decision of the fixture: number, date, bases, signer, recipients. */
    static ResultsDecision decision() {
        return new ResultsDecision(
                "ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG",
                "tỉnh Hải Dương",
                "123/QĐ-UBND",
                "Hải Dương",
                LocalDate.of(2024, 3, 15),
                "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG",
                List.of(
                        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một"
                                + " số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22"
                                + " tháng 11 năm 2019;",
                        "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình"
                                + " tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
                        "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 05 tháng 3 năm 2024."),
                List.of("Các sở, ban, ngành căn cứ kết quả Chỉ số cải cách hành chính năm 2023 xây dựng kế hoạch khắc"
                        + " phục những hạn chế, tồn tại trong năm 2024."),
                "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành và các cơ"
                        + " quan, đơn vị có liên quan",
                new AdministrativeDocument.Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Triệu Thế Hùng"),
                List.of("Như Điều 4;", "Bộ Nội vụ (để b/c);", "Thường trực Tỉnh ủy (để b/c);", "Lưu: VT, NC."));
    }

    private static UnitResultRow row(
            long id,
            String code,
            String nameVi,
            String nameEn,
            BigDecimal index,
            BigDecimal adjustments,
            int rank,
            Integer previousRank,
            RankChange change,
            RankingBand band) {
        List<AreaResult> areas = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int a = 0; a < AREAS.size(); a++) {
            AreaHeading area = AREAS.get(a);
            BigDecimal areaIndex = index.subtract(new BigDecimal(a).multiply(new BigDecimal("0.25")))
                    .max(BigDecimal.ZERO);
            BigDecimal points =
                    area.maximum().multiply(areaIndex).divide(new BigDecimal("100"), 2, RoundingMode.HALF_UP);
            total = total.add(points);
            areas.add(
                    new AreaResult(area.nodeId(), points, area.maximum(), areaIndex.setScale(2, RoundingMode.HALF_UP)));
        }
        return new UnitResultRow(
                id,
                code,
                nameVi,
                nameEn,
                code,
                index,
                adjustments,
                new BigDecimal("100.00"),
                index,
                rank,
                previousRank,
                change,
                band,
                areas);
    }

    private static AreaHeading area(long id, String nameVi, String nameEn, String maximum) {
        return new AreaHeading(id, String.valueOf(id), nameVi, nameEn, new BigDecimal(maximum));
    }
}
