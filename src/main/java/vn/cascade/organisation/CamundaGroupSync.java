package vn.cascade.organisation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/** Mirrors units into Camunda groups (staff and leaders of each unit) with their authorizations. */
@Component
public class CamundaGroupSync {

  public static final String UNIT_GROUP_TYPE = "UNIT";
  public static final String ROLE_GROUP_TYPE = "WORKFLOW";

  private final IdentityService identityService;
  private final Groups groups;
  private final GroupAuthorizations accessPolicy;

  CamundaGroupSync(IdentityService identityService, Groups groups, GroupAuthorizations accessPolicy) {
    this.identityService = identityService;
    this.groups = groups;
    this.accessPolicy = accessPolicy;
  }

  public void mirror(Unit unit) {
    ensureGroup(groups.staff(unit.getCode()), "Chuyên viên - " + unit.getName(), UNIT_GROUP_TYPE);
    ensureGroup(groups.leaders(unit.getCode()), "Lãnh đạo - " + unit.getName(), UNIT_GROUP_TYPE);
    accessPolicy.grantUnitGroup(groups.staff(unit.getCode()));
    accessPolicy.grantUnitGroup(groups.leaders(unit.getCode()));
  }

  /** The cross-unit role groups; safe to call on every start. */
  public void ensureRoleGroups() {
    ensureGroup(Groups.PROVINCE_CLERKS, "Văn thư - Văn phòng UBND tỉnh", ROLE_GROUP_TYPE);
    ensureGroup(Groups.PROVINCE_LEADERS, "Lãnh đạo UBND tỉnh", ROLE_GROUP_TYPE);
    ensureGroup(Groups.COORDINATORS, "Chuyên viên theo dõi - Sở Tài chính", ROLE_GROUP_TYPE);
    accessPolicy.grantRoleGroups();
  }

  private void ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }
}
