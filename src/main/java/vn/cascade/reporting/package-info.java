/**
 * Reporting to the Department of Finance (Decree 09/2019), in four rooms:
 *
 * <ul>
 *   <li><b>the request and its consolidation</b> ({@code report-request}): {@link vn.cascade.reporting.ReportingService},
 *       {@link vn.cascade.reporting.ReportRequest}, {@link vn.cascade.reporting.ReportRequestProcess};
 *   <li><b>the unit report</b> ({@code unit-report}), from draft to acceptance or return:
 *       {@link vn.cascade.reporting.UnitReports}, {@link vn.cascade.reporting.UnitReport},
 *       {@link vn.cascade.reporting.UnitReportProcess}, its figures in {@link vn.cascade.reporting.Figures};
 *   <li><b>the periodic regimes</b> that open requests by themselves: {@link vn.cascade.reporting.ReportRegimeService},
 *       {@link vn.cascade.reporting.ReportRegime}, {@link vn.cascade.reporting.ReportingPeriod};
 *   <li><b>the documents</b> (.docx in the Decree 30 layout): {@link vn.cascade.reporting.ReportDocuments},
 *       {@link vn.cascade.reporting.DocxWriter}; their numbers come from {@code document/DocumentNumbers}, as every
 *       outgoing document's do.
 * </ul>
 *
 * <p>The delegates and listeners the two BPMNs name are in {@code reporting.process}; the REST API is
 * {@link vn.cascade.reporting.ReportController}.
 */
package vn.cascade.reporting;
