package vn.parindex.dashboard.ui;

/** A chart of a dashboard: its id (element ids, file names), title, ECharts option and data table. */
record DashboardChart(String id, String title, ChartOption option, ChartTable table, int height) {}
