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

    @Version
    private long version;

    protected Province() {}

    public Province(String code, String nameVi, String nameEn) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public ProvinceSummary toSummary() {
        return new ProvinceSummary(code, nameVi, nameEn);
    }
}
