package vn.parindex.period.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import vn.parindex.period.PeriodSummary;
import vn.parindex.period.Phase;

@Entity
@Table(name = "assessment_period")
public class AssessmentPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int year;
    private String titleVi;
    private String titleEn;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "varchar(30)")
    private Phase phase = Phase.PREPARATION;

    private Long previousPeriodId;
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "period_deadline", joinColumns = @JoinColumn(name = "period_id"))
    @MapKeyColumn(name = "phase", columnDefinition = "varchar(30)")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "deadline")
    private Map<Phase, LocalDate> deadlines = new HashMap<>();

    protected AssessmentPeriod() {}

    public AssessmentPeriod(int year, String titleVi, String titleEn, Long previousPeriodId, Instant createdAt) {
        this.year = year;
        this.titleVi = titleVi;
        this.titleEn = titleEn;
        this.previousPeriodId = previousPeriodId;
        this.createdAt = createdAt;
    }

    public PeriodSummary toSummary() {
        Map<Phase, LocalDate> copy = new EnumMap<>(Phase.class);
        copy.putAll(deadlines);
        return new PeriodSummary(id, year, titleVi, titleEn, phase, previousPeriodId, copy, version);
    }

    public void moveTo(Phase target) {
        this.phase = target;
    }

    public void setDeadline(Phase phase, LocalDate deadline) {
        if (deadline == null) {
            deadlines.remove(phase);
        } else {
            deadlines.put(phase, deadline);
        }
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public Phase getPhase() {
        return phase;
    }

    public long getVersion() {
        return version;
    }

    public Map<Phase, LocalDate> getDeadlines() {
        return deadlines;
    }
}
