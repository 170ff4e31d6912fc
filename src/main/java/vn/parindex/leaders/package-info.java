/**
 * Leader classification: the heads of the assessed units classified (Decree 90/2020 levels) from their
 * unit's published result, by rules kept as data per period, with the secretariat's overrides and the
 * provincial leader's approval.
 */
package vn.parindex.leaders;
