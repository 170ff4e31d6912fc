/**
 * Dashboards: what provincial leaders and units see at a glance. Reads the other modules' APIs only
 * (ranking results and history, the rank-change explanation, the self-assessment overview, appraisal
 * outcomes, leader classification and award nominations) and owns no table. The root holds the
 * service and its read models; {@code ui} the views, the chart options (built in Java, serialized
 * to ECharts JSON) and the home cards.
 */
package vn.parindex.dashboard;
