package vn.cascade.reporting;

/**
 * A unit report in the outline of the seed report: I. planning and implementation; II.1 results achieved;
 * II.2 difficulties and shortcomings; III. solutions and proposals; figures (JSON rows {@code indicator},
 * {@code measure}, {@code value}, {@code note}); the documents attached or referred to.
 */
public record UnitReportContent(String planning, String achieved, String difficulties, String proposals,
    String figuresJson, String attachmentsNote) {}
