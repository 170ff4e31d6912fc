package vn.parindex.appraisal;

import java.util.List;

/** Appraisers of a period side by side, and the units where one of them stands out. */
public record ConsistencyReport(List<AppraiserStats> appraisers, List<ConsistencyOutlier> outliers) {

    public ConsistencyReport {
        appraisers = List.copyOf(appraisers);
        outliers = List.copyOf(outliers);
    }
}
