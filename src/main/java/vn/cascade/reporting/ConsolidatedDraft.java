package vn.cascade.reporting;

/**
 * The content of a report in the usual outline (DOMAIN.md §3, as in the seed report): I. planning and
 * implementation; II.1 results achieved; II.2 difficulties and shortcomings; III. solutions and proposals; plus the
 * figures as JSON rows ({@code unit}, {@code indicator}, {@code measure}, {@code value}, {@code note}).
 */
public record ConsolidatedDraft(String planning, String achieved, String difficulties, String proposals,
    String figuresJson) {}
