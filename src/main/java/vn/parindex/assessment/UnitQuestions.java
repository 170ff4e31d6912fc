package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The questions and comments addressed to a unit on its sheet (see {@link SheetQuestions}).
 *
 * @param open questions not answered yet
 * @param asked questions asked in all
 * @param deadline the unit's answer deadline (extensions included), or null
 * @param stateKey translation key of why the unit cannot answer now, or null when it can
 * @param answerLink where the unit answers (a route with its query), or null
 * @param items per criteria node id
 */
public record UnitQuestions(
        long open, long asked, LocalDate deadline, String stateKey, String answerLink, Map<Long, ItemQuestion> items) {

    public UnitQuestions {
        items = Map.copyOf(items);
    }

    public boolean answerable() {
        return stateKey == null;
    }

    public ItemQuestion item(long nodeId) {
        return items.get(nodeId);
    }

    /**
     * The council's question and comment on one item with the unit's answer; the appraised and final
     * scores only once results are published (null before).
     */
    public record ItemQuestion(
            String question,
            Instant askedAt,
            String comment,
            String answer,
            String answeredBy,
            Instant answeredAt,
            BigDecimal appraisedScore,
            BigDecimal finalScore) {

        public boolean asked() {
            return question != null;
        }

        public boolean open() {
            return question != null && answer == null;
        }
    }
}
