package vn.parindex.period;

import java.time.Instant;
import java.time.LocalDate;

public record DeadlineExtensionSummary(
        long id, long unitId, Phase phase, LocalDate deadline, String reason, String createdBy, Instant createdAt) {}
