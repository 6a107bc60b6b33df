/**
 * Charts shared by every view and report: the house style ({@link org.rapport.report.chart.ChartStyle}) and the
 * rendering of a JFreeChart as SVG for HTML reports or PNG for files ({@link org.rapport.report.chart.ChartImages}).
 * Feature code builds its own {@code JFreeChart} (certification, drift, analytics) and hands it here; the app shows
 * the same chart object in a {@code ChartPanel}. Headless AWT only: no Swing (docs/decisions/0021-charts.md).
 */
package org.rapport.report.chart;
