package vn.parindex.ranking;

import java.time.LocalDate;

/**
 * The results decision that announced a publication: its number, signing date and signer block, as
 * the secretariat recorded them once the decision was signed.
 */
public record DecisionDetails(
        String number, LocalDate date, String signerCapacity, String signerPosition, String signerName) {}
