/**
 * Results and rankings: a unit's index from its points, its place in the block and its change against
 * last year. The arithmetic is exact (BigDecimal) and its rounding rule is written once, here.
 */
package vn.parindex.ranking;
