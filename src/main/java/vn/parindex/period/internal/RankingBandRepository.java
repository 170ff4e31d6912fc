package vn.parindex.period.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RankingBandRepository extends JpaRepository<RankingBandEntry, Long> {

    List<RankingBandEntry> findByPeriodIdOrderByBlockIdAscPositionAsc(long periodId);

    List<RankingBandEntry> findByPeriodIdAndBlockIdOrderByPositionAsc(long periodId, long blockId);

    @Modifying
    @Query("delete from RankingBandEntry b where b.periodId = :periodId and b.blockId = :blockId")
    void deleteBands(long periodId, long blockId);
}
