package vn.parindex.awards;

import java.time.LocalDate;

/** Number (blank: the next free number), date and signer of an award decision. */
public record DecisionDraft(String number, LocalDate date, String signerName, String signerTitle) {}
