package vn.cascade.history;

import java.util.Set;

/**
 * Variables of one process that copy Cascade's own records (so the tables, not the engine's history, are their
 * audit): {@link CascadeHistoryLevel} keeps no history of their values. A feature declares its copies as a bean;
 * history thus knows no feature.
 */
public interface RecordCopies {

  String processKey();

  Set<String> variables();
}
