package vn.parindex.period;

import java.util.List;
import vn.parindex.shared.BusinessRuleException;

/**
 * Lets other modules block a phase change while their part of the period is not ready (for example
 * an invalid criteria set blocks self-assessment). Implemented by those modules as beans.
 */
public interface PhaseChangeCheck {

    /** The reasons the period cannot move to {@code target}; empty when nothing blocks it. */
    List<BusinessRuleException> problemsBefore(long periodId, Phase target);
}
