package vn.cascade.organisation;

import java.util.Collection;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Naming of the Camunda groups that mirror the organisation. Every unit has a staff group
 * ({@code <code>-staff}) and a leader group ({@code <code>-leaders}); three cross-unit roles have a group each.
 * Registered as bean {@code groups} so BPMN expressions can write {@code ${groups.leaders(unitCode)}}.
 */
@Component("groups")
public class Groups {

  /** Records clerks of the provincial People's Committee office (văn thư VP UBND tỉnh). */
  public static final String PROVINCE_CLERKS = "province-clerks";
  /** Chairman and vice-chairmen of the provincial People's Committee. */
  public static final String PROVINCE_LEADERS = "province-leaders";
  /** Follow-up specialists of the Department of Finance (chuyên viên theo dõi). */
  public static final String COORDINATORS = "finance-coordinators";
  public static final String ADMINS = "camunda-admin";

  private static final String STAFF = "-staff";
  private static final String LEADERS = "-leaders";

  public String staff(String unitCode) {
    return unitCode + STAFF;
  }

  public String leaders(String unitCode) {
    return unitCode + LEADERS;
  }

  /**
   * The unit a user belongs to, read from their group ids; the role groups ({@value #PROVINCE_LEADERS}) name no
   * unit, so a provincial leader's unit is the People's Committee whose leader group they are in.
   */
  public static Optional<String> unitOf(Collection<String> groupIds) {
    return groupIds.stream()
        .filter(g -> !g.equals(PROVINCE_LEADERS))
        .filter(g -> g.endsWith(STAFF) || g.endsWith(LEADERS))
        .map(g -> g.substring(0, g.lastIndexOf('-')))
        .findFirst();
  }

  public static boolean isLeaderOf(Collection<String> groupIds, String unitCode) {
    return groupIds.contains(unitCode + LEADERS);
  }

  public static boolean isOverseer(Collection<String> groupIds) {
    return groupIds.contains(PROVINCE_LEADERS) || groupIds.contains(COORDINATORS)
        || groupIds.contains(PROVINCE_CLERKS) || groupIds.contains(ADMINS);
  }
}
