package vn.parindex.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.parindex.organization.HeadTerm;

/** One term of a unit's head: from, to (open while in office), acting or not. */
@Entity
@Table(name = "unit_head")
public class UnitHead {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_head_seq")
    @SequenceGenerator(name = "unit_head_seq", sequenceName = "unit_head_seq", allocationSize = 50)
    private Long id;

    @Column(name = "unit_id")
    private long unitId;

    private String name;
    private String titleVi;
    private String titleEn;
    private LocalDate termFrom;
    private LocalDate termTo;
    private boolean acting;

    @Version
    private long version;

    protected UnitHead() {}

    public UnitHead(long unitId, String name, String titleVi, String titleEn, boolean acting, LocalDate termFrom) {
        this.unitId = unitId;
        this.termFrom = termFrom;
        update(name, titleVi, titleEn, acting);
    }

    public void update(String name, String titleVi, String titleEn, boolean acting) {
        this.name = name;
        this.titleVi = titleVi;
        this.titleEn = titleEn;
        this.acting = acting;
    }

    public void end(LocalDate lastDay) {
        this.termTo = lastDay.isBefore(termFrom) ? termFrom : lastDay;
    }

    /** Moves the term's start (an earlier start for a head entered after taking office). */
    public void startOn(LocalDate termFrom) {
        this.termFrom = termFrom;
    }

    public void setTermTo(LocalDate termTo) {
        this.termTo = termTo;
    }

    public HeadTerm toTerm() {
        return new HeadTerm(id, unitId, name, titleVi, titleEn, termFrom, termTo, acting);
    }

    public long getUnitId() {
        return unitId;
    }

    public String getName() {
        return name;
    }

    public LocalDate getTermFrom() {
        return termFrom;
    }

    public LocalDate getTermTo() {
        return termTo;
    }

    public boolean isActing() {
        return acting;
    }

    public String getTitleVi() {
        return titleVi;
    }

    public String getTitleEn() {
        return titleEn;
    }
}
