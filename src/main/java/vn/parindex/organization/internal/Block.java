package vn.parindex.organization.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.parindex.organization.BlockSummary;

@Entity
@Table(name = "org_block")
public class Block {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String nameVi;
    private String nameEn;
    private int sortOrder;
    private boolean active = true;

    @Version
    private long version;

    protected Block() {}

    public Block(String code, String nameVi, String nameEn, int sortOrder) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }

    public void rename(String nameVi, String nameEn) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public long getVersion() {
        return version;
    }

    public BlockSummary toSummary() {
        return new BlockSummary(id, code, nameVi, nameEn, sortOrder);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }
}
