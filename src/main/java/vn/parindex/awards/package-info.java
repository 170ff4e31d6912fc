/**
 * Awards: nominations for the provincial certificate of merit for PAR (collectives and individuals),
 * eligibility rules per period and award type as data, the leader's approval, and the decision with
 * its evidence package. Reads the ranking module's published results through {@code RankingResults}
 * only. Individuals who head units may later show their leader classification (the leaders module):
 * {@link vn.parindex.awards.Eligibility} is the seam where such a rule kind joins.
 */
package vn.parindex.awards;
