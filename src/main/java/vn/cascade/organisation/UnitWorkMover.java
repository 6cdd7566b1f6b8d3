package vn.cascade.organisation;

import java.util.List;

/**
 * A feature's part in a restructuring: moves (or, in a dry run, lists) the open work of its own tables that belongs
 * to a unit which ceases, to the successor. Implementations must be idempotent: applied twice, they move nothing
 * the second time.
 */
public interface UnitWorkMover {

  /** One moved item, as the restructuring audit records it. */
  record Moved(String type, String ref, String detail) {}

  List<Moved> move(String from, String to, boolean apply);
}
