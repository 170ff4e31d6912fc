/**
 * Awards: nominations for the provincial certificate of merit for PAR (collectives and individuals),
 * eligibility rules per period and award type as data, the leader's approval, and the decision with
 * its evidence package. Reads the ranking module's published results through {@code RankingResults}
 * only. An award to a person who heads a unit carries the head's level from the period's approved
 * leader classification, read through {@code vn.parindex.leaders.LeaderClassifications} (the leaders
 * module does not depend on awards, so there is no cycle).
 */
package vn.parindex.awards;
