package vn.parindex.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

/**
 * How one item went through the appraisal, worked back from its final score: mostly the unit's own
 * score kept; sometimes the council deducted (one level below what the unit claimed), now and then
 * after asking and not accepting the answer; now and then it doubted a score, asked, and accepted the
 * explanation, so the final score is the unit's own again.
 */
record DemoItemStory(
        BigDecimal self,
        BigDecimal appraised,
        BigDecimal fin,
        String comment,
        String question,
        String answer,
        Boolean accepted) {

    static final String DEDUCTED = "Tài liệu kiểm chứng chưa chứng minh đủ mức điểm đơn vị tự chấm.";
    static final String DOUBTED = "Đề nghị đơn vị bổ sung tài liệu chứng minh mức điểm tự chấm.";
    static final String QUESTION = "Đề nghị giải trình và bổ sung tài liệu kiểm chứng cho mức điểm tự chấm.";
    static final String ANSWER_KEPT = "Đơn vị xin giải trình: nhiệm vụ đã hoàn thành đúng thời hạn, "
            + "kèm theo văn bản báo cáo kết quả thực hiện.";
    static final String ANSWER_REJECTED = "Đơn vị xin giải trình: một số nhiệm vụ hoàn thành chậm do khách quan.";

    boolean changed() {
        return self.compareTo(fin) != 0;
    }

    /**
     * @param values the rule's allowed values, lowest first
     * @param fin the final score (one of the values)
     * @param strictness how often this member deducts (0 to 1); items the unit could not have claimed
     *     less than full marks for are mostly at the top already, so deductions come from those below it
     */
    static DemoItemStory of(List<BigDecimal> values, BigDecimal fin, double strictness, Random random) {
        int level = position(values, fin);
        double draw = random.nextDouble();
        if (level < values.size() - 1 && draw < Math.min(0.9, strictness * 2.5)) {
            BigDecimal claimed = values.get(level + 1);
            if (random.nextInt(5) < 2) {
                return new DemoItemStory(claimed, fin, fin, DEDUCTED, QUESTION, ANSWER_REJECTED, false);
            }
            return new DemoItemStory(claimed, fin, fin, DEDUCTED, null, null, null);
        }
        if (level > 0 && draw > 1 - strictness / 3) {
            return new DemoItemStory(fin, values.get(level - 1), fin, DOUBTED, QUESTION, ANSWER_KEPT, true);
        }
        return new DemoItemStory(fin, fin, fin, null, null, null, null);
    }

    private static int position(List<BigDecimal> values, BigDecimal value) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).compareTo(value) == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException(value + " is not one of " + values);
    }
}
