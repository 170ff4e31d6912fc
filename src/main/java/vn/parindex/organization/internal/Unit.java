package vn.parindex.organization.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import vn.parindex.organization.UnitDraft;
import vn.parindex.organization.UnitSummary;

@Entity
@Table(name = "org_unit")
public class Unit {

    /** Sequence ids: an import of a thousand units is sent in batches. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
    @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
    private Long id;

    private String code;
    private String nameVi;
    private String nameEn;
    private String shortName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "block_id")
    private Block block;

    private boolean ranked = true;
    private boolean active = true;
    private String headName;
    private String headTitleVi;
    private String headTitleEn;
    private int sortOrder;

    @Version
    private long version;

    /** The units this one replaces (the 2025 mergers), kept for the results' history. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "unit_predecessor",
            joinColumns = @JoinColumn(name = "unit_id"),
            inverseJoinColumns = @JoinColumn(name = "predecessor_id"))
    private Set<Unit> predecessors = new HashSet<>();

    protected Unit() {}

    public Unit(UnitDraft draft, Block block) {
        this.code = draft.code().trim();
        apply(draft, block);
    }

    /** Everything but the code, which other records and imports refer to. */
    public void apply(UnitDraft draft, Block block) {
        this.nameVi = draft.nameVi().trim();
        this.nameEn = draft.nameEn().trim();
        this.shortName = draft.shortName().trim();
        this.block = block;
        this.ranked = draft.ranked();
        this.headName = trimToNull(draft.headName());
        this.headTitleVi = trimToNull(draft.headTitleVi());
        this.headTitleEn = trimToNull(draft.headTitleEn());
        this.sortOrder = draft.sortOrder();
    }

    public UnitSummary toSummary() {
        return new UnitSummary(
                id,
                code,
                nameVi,
                nameEn,
                shortName,
                block.getId(),
                block.getCode(),
                ranked,
                active,
                headName,
                headTitleVi,
                headTitleEn,
                sortOrder,
                version);
    }

    public Set<Unit> getPredecessors() {
        return predecessors;
    }

    public String getCode() {
        return code;
    }

    public String getHeadName() {
        return headName;
    }

    public Block getBlock() {
        return block;
    }

    public Long getId() {
        return id;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
