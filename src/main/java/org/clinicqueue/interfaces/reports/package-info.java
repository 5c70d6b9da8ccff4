/**
 * Reports as people take them away: CSV for spreadsheets ({@link org.clinicqueue.interfaces.reports.ReportCsv}),
 * a PDF with vector charts for management ({@link org.clinicqueue.interfaces.reports.ReportPdf}, Apache PDFBox),
 * and the Chart.js configurations of the reports page ({@link org.clinicqueue.interfaces.reports.ReportCharts}).
 * Formatting only: every figure comes computed in the {@link org.clinicqueue.application.reports.Report}.
 */
package org.clinicqueue.interfaces.reports;
