package vn.parindex.awards;

import java.time.Instant;
import java.time.LocalDate;

/** An issued award decision; a correction names the decision it replaces and why. */
public record AwardDecision(
        long id,
        long periodId,
        int year,
        String number,
        LocalDate date,
        String signerName,
        String signerTitle,
        Long replacesId,
        String replacesNumber,
        String reason,
        boolean superseded,
        Instant issuedAt,
        String issuedBy,
        int collectives,
        int individuals,
        long version) {}
