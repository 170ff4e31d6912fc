package vn.parindex.dashboard.ui;

import java.util.List;
import java.util.Map;

/**
 * The part of an ECharts option the dashboards use, as records serialized with Jackson (absent
 * properties left out). Kept as data so tests check what is drawn without a browser.
 */
record ChartOption(
        Map<String, Object> aria,
        Map<String, Object> tooltip,
        Legend legend,
        Map<String, Object> toolbox,
        Map<String, Object> grid,
        Axis xAxis,
        Object yAxis,
        Map<String, Object> visualMap,
        List<Series> series) {

    record Legend(List<String> data, String type, String bottom) {}

    record Axis(
            String type,
            List<String> data,
            String name,
            String nameLocation,
            Integer nameGap,
            Object min,
            Object max,
            Integer minInterval,
            Boolean inverse,
            Map<String, Object> axisLabel,
            Boolean splitArea) {

        static Axis category(List<String> data) {
            return new Axis("category", data, null, null, null, null, null, null, null, null, null);
        }

        static Axis value(String name, Object min, Object max) {
            return new Axis("value", null, name, null, null, min, max, null, null, null, null);
        }

        Axis inverted() {
            return new Axis(type, data, name, nameLocation, nameGap, min, max, minInterval, true, axisLabel, splitArea);
        }

        Axis withSplitArea() {
            return new Axis(type, data, name, nameLocation, nameGap, min, max, minInterval, inverse, axisLabel, true);
        }

        Axis withLabel(Map<String, Object> label) {
            return new Axis(type, data, name, nameLocation, nameGap, min, max, minInterval, inverse, label, splitArea);
        }

        /** Ticks on whole numbers only (ranks, counts). */
        Axis wholeNumbers() {
            return new Axis(type, data, name, nameLocation, nameGap, min, max, 1, inverse, axisLabel, splitArea);
        }

        /**
         * The name centred under a horizontal axis: at its default place, past the axis end, a
         * horizontal axis's name is cut off by the chart's edge.
         */
        Axis nameUnder() {
            return new Axis(type, data, name, "middle", 28, min, max, minInterval, inverse, axisLabel, splitArea);
        }
    }

    /**
     * One series.
     *
     * @param data {@link Point}s, numbers, or null for a gap
     * @param yAxisIndex which y axis (0 or 1) when there are two
     */
    record Series(
            String type,
            String name,
            List<Object> data,
            String stack,
            Map<String, Object> itemStyle,
            Map<String, Object> label,
            Integer symbolSize,
            Boolean connectNulls,
            Integer yAxisIndex,
            String barMaxWidth) {

        static Series of(String type, String name, List<Object> data) {
            return new Series(type, name, data, null, null, null, null, null, null, null);
        }

        Series color(String color) {
            return new Series(
                    type,
                    name,
                    data,
                    stack,
                    Map.of("color", color),
                    label,
                    symbolSize,
                    connectNulls,
                    yAxisIndex,
                    barMaxWidth);
        }

        Series stacked(String stackName) {
            return new Series(
                    type, name, data, stackName, itemStyle, label, symbolSize, connectNulls, yAxisIndex, barMaxWidth);
        }

        Series symbol(int size) {
            return new Series(type, name, data, stack, itemStyle, label, size, connectNulls, yAxisIndex, barMaxWidth);
        }

        Series joined() {
            return new Series(type, name, data, stack, itemStyle, label, symbolSize, true, yAxisIndex, barMaxWidth);
        }

        Series onAxis(int index) {
            return new Series(type, name, data, stack, itemStyle, label, symbolSize, connectNulls, index, barMaxWidth);
        }

        Series thin() {
            return new Series(type, name, data, stack, itemStyle, label, symbolSize, connectNulls, yAxisIndex, "28");
        }
    }

    /**
     * A data item: its value (a number or [x, y, value]), the drill-down key ({@code periodId:unitId},
     * null when the item is not one unit) and its own style.
     */
    record Point(Object value, String key, Map<String, Object> itemStyle) {

        static Point of(Object value, String key) {
            return new Point(value, key, null);
        }
    }
}
