package vn.parindex.period.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import vn.parindex.period.RankingBand;

@Entity
@Table(name = "ranking_band")
public class RankingBandEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long periodId;
    private long blockId;
    private int position;
    private BigDecimal minIndex;
    private String nameVi;
    private String nameEn;

    protected RankingBandEntry() {}

    public RankingBandEntry(long periodId, long blockId, int position, RankingBand band) {
        this.periodId = periodId;
        this.blockId = blockId;
        this.position = position;
        this.minIndex = band.minIndex();
        this.nameVi = band.nameVi();
        this.nameEn = band.nameEn();
    }

    public RankingBand toBand() {
        return new RankingBand(minIndex, nameVi, nameEn);
    }

    public long getBlockId() {
        return blockId;
    }
}
