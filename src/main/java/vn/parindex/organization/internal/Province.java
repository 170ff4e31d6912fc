package vn.parindex.organization.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.parindex.organization.ProvinceSummary;

@Entity
@Table(name = "province")
public class Province {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String nameVi;
    private String nameEn;
    private String agencyVi;
    private String agencyEn;

    @Version
    private long version;

    protected Province() {}

    public Province(String code, String nameVi, String nameEn) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public void rename(String code, String nameVi, String nameEn) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    /** The agency that runs the index (the footer, login help and secretariat's role name it). */
    public void setAgency(String agencyVi, String agencyEn) {
        this.agencyVi = agencyVi;
        this.agencyEn = agencyEn;
    }

    public ProvinceSummary toSummary() {
        return new ProvinceSummary(code, nameVi, nameEn, agencyVi, agencyEn, version);
    }

    public long getVersion() {
        return version;
    }
}
