package vn.parindex.organization.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.parindex.organization.UnitDraft;
import vn.parindex.organization.UnitSummary;

@Entity
@Table(name = "org_unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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
