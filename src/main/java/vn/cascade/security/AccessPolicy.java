package vn.cascade.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import vn.cascade.organisation.GroupAuthorizations;
import vn.cascade.organisation.Groups;

/**
 * Who may do what in the engine (authorization checks are on). Unit groups reach Tasklist and see only the tasks
 * they are candidates or assignees of: the engine grants those task permissions itself when it adds the identity
 * links. Provincial leaders and Finance coordinators follow everything in Cockpit. Idempotent.
 */
@Component
public class AccessPolicy implements GroupAuthorizations {

  public static final String DIRECTIVE = "directive";
  public static final String ASSIGNMENT = "assignment";
  public static final String REPORT_REQUEST = "report-request";
  public static final String UNIT_REPORT = "unit-report";

  private final AuthorizationService authorizations;

  AccessPolicy(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  public void grantUnitGroup(String groupId) {
    grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    // Reading a definition only shows the process name and diagram; no instance data.
    grant(groupId, Resources.PROCESS_DEFINITION, ASSIGNMENT, Permissions.READ);
    grant(groupId, Resources.PROCESS_DEFINITION, DIRECTIVE, Permissions.READ);
    grant(groupId, Resources.PROCESS_DEFINITION, UNIT_REPORT, Permissions.READ);
    grant(groupId, Resources.PROCESS_DEFINITION, REPORT_REQUEST, Permissions.READ);
    // The staff directory is open within the administration: names of assignees, the unit's specialists.
    grant(groupId, Resources.USER, ANY, Permissions.READ);
    grant(groupId, Resources.GROUP, ANY, Permissions.READ);
  }

  @Override
  public void grantRoleGroups() {
    grantUnitGroup(Groups.PROVINCE_CLERKS);
    grant(Groups.PROVINCE_CLERKS, Resources.PROCESS_DEFINITION, DIRECTIVE, ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(Groups.PROVINCE_CLERKS, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    // Finance coordinators request reports (Tasklist start form or POST /api/report-requests).
    grant(Groups.COORDINATORS, Resources.PROCESS_DEFINITION, REPORT_REQUEST,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(Groups.COORDINATORS, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    for (String overseer : new String[] {Groups.PROVINCE_LEADERS, Groups.COORDINATORS}) {
      grantUnitGroup(overseer);
      grant(overseer, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(overseer, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK);
      grant(overseer, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
      grant(overseer, Resources.TASK, ANY, Permissions.READ);
      grant(overseer, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
      grant(overseer, Resources.DEPLOYMENT, ANY, Permissions.READ);
    }
    // The Tasklist filters ("Việc của tôi", ...) are shared by everyone.
    if (authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
        .resourceType(Resources.FILTER).resourceId(ANY).count() == 0) {
      Authorization global = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
      global.setResource(Resources.FILTER);
      global.setResourceId(ANY);
      global.addPermission(Permissions.READ);
      authorizations.saveAuthorization(global);
    }
  }

  /**
   * A unit's staff and leaders may read the process instance of their own work (its variables show in the Tasklist
   * filters' columns); no other instance.
   */
  public void grantInstance(String processInstanceId, String... groupIds) {
    for (String groupId : groupIds) {
      grant(groupId, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
    }
  }

  /**
   * The same grants for an instance being started, which has none yet: written without first looking for existing
   * ones (two queries fewer per unit in a fan-out).
   */
  public void grantNewInstance(String processInstanceId, String... groupIds) {
    for (String groupId : groupIds) {
      Authorization auth = newGrant(groupId, Resources.PROCESS_INSTANCE, processInstanceId);
      auth.addPermission(Permissions.READ);
      authorizations.saveAuthorization(auth);
    }
  }

  /**
   * Work that moved to another unit: the old unit's groups lose what they were granted on the instance and on its
   * tasks (the engine grants a candidate group its task permissions, and keeps them when the link is deleted).
   */
  public void revokeWork(String processInstanceId, java.util.Collection<String> taskIds, String... groupIds) {
    revoke(Resources.PROCESS_INSTANCE, processInstanceId, groupIds);
    for (String taskId : taskIds) {
      revoke(Resources.TASK, taskId, groupIds);
    }
  }

  private void revoke(Resource resource, String resourceId, String... groupIds) {
    for (Authorization auth : authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupIds).resourceType(resource).resourceId(resourceId).list()) {
      authorizations.deleteAuthorization(auth.getId());
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization auth = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
        .singleResult();
    if (auth == null) {
      auth = newGrant(groupId, resource, resourceId);
    }
    boolean changed = auth.getId() == null;
    for (Permission permission : permissions) {
      if (!auth.isPermissionGranted(permission)) {
        auth.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(auth);
    }
  }

  private Authorization newGrant(String groupId, Resource resource, String resourceId) {
    Authorization auth = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    auth.setGroupId(groupId);
    auth.setResource(resource);
    auth.setResourceId(resourceId);
    return auth;
  }
}
