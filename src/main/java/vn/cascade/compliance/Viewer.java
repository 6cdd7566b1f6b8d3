package vn.cascade.compliance;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import vn.cascade.organisation.Groups;
import vn.cascade.security.CurrentUser;

/**
 * Whose figures a user may see: an overseer (provincial leaders, Finance's coordinators, the office's clerks,
 * administrators) every unit's; a unit's leader the subtree of their own unit (the unit and every unit it
 * dispatched to, at any depth); nobody else any.
 */
record Viewer(String unitCode) {

  static final String REFUSED = "Chỉ lãnh đạo đơn vị (phần việc của đơn vị mình), chuyên viên theo dõi và lãnh đạo "
      + "UBND tỉnh được xem tình hình thực hiện nhiệm vụ.";

  /** Sees every unit. */
  boolean everything() {
    return unitCode == null;
  }

  static Viewer of(CurrentUser user) {
    if (user.isOverseer()) {
      return new Viewer(null);
    }
    List<String> groups = user.groups();
    return Groups.unitOf(groups).filter(unit -> Groups.isLeaderOf(groups, unit)).map(Viewer::new)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, REFUSED));
  }
}
