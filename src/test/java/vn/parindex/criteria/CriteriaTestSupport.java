package vn.parindex.criteria;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import vn.parindex.organization.BlockSummary;
import vn.parindex.organization.OrganizationDirectory;

/** Helpers shared by the criteria tests. */
final class CriteriaTestSupport {

    private CriteriaTestSupport() {}

    static CriteriaNodeView node(CriteriaTree tree, String code) {
        return tree.allNodes().stream()
                .filter(node -> node.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    static BlockSummary block(OrganizationDirectory organization, String code) {
        return organization.blocks().stream()
                .filter(block -> block.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** The reference table shipped with the demo data, parsed the way an import parses it. */
    static List<ImportedNode> reference(String blockCode) {
        String resource =
                blockCode.equals("DEPARTMENT") ? "/demo/criteria-department.csv" : "/demo/criteria-district.csv";
        try (var in = CriteriaTestSupport.class.getResourceAsStream(resource)) {
            return CriteriaRows.parse(CriteriaRows.readCsv(in), 1).nodes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a node says, without ids and versions, for comparing sets. */
    static String describe(CriteriaNodeView node) {
        return String.join(
                "|",
                node.code(),
                node.level().name(),
                node.nameVi(),
                node.nameEn(),
                node.maxPoints() == null
                        ? ""
                        : node.maxPoints().stripTrailingZeros().toPlainString(),
                String.valueOf(node.method()),
                node.scoring().step() == null
                        ? ""
                        : node.scoring().step().stripTrailingZeros().toPlainString(),
                node.scoring().rangeMin() == null
                        ? ""
                        : node.scoring().rangeMin().stripTrailingZeros().toPlainString(),
                node.scoring().rangeMax() == null
                        ? ""
                        : node.scoring().rangeMax().stripTrailingZeros().toPlainString(),
                CriteriaRows.formatChoices(node.scoring().choices(), false),
                CriteriaRows.formatChoices(node.scoring().choices(), true),
                String.valueOf(node.evidenceRequired()));
    }

    static String describe(ImportedNode node) {
        NodeDraft d = node.draft();
        return String.join(
                "|",
                node.code(),
                d.level().name(),
                d.nameVi(),
                d.nameEn(),
                d.maxPoints() == null ? "" : d.maxPoints().stripTrailingZeros().toPlainString(),
                String.valueOf(d.level().scored() ? d.method() : null),
                d.scoring().step() == null
                        ? ""
                        : d.scoring().step().stripTrailingZeros().toPlainString(),
                d.scoring().rangeMin() == null
                        ? ""
                        : d.scoring().rangeMin().stripTrailingZeros().toPlainString(),
                d.scoring().rangeMax() == null
                        ? ""
                        : d.scoring().rangeMax().stripTrailingZeros().toPlainString(),
                CriteriaRows.formatChoices(d.scoring().choices(), false),
                CriteriaRows.formatChoices(d.scoring().choices(), true),
                String.valueOf(d.evidenceRequired()));
    }
}
