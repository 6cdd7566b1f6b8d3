package vn.cascade.organisation;

/**
 * What the groups that organisation keeps may do in the engine. The security feature implements it, so
 * organisation creates a unit's groups without knowing the authorizations they get.
 */
public interface GroupAuthorizations {

  /** The rights of a unit's staff or leaders group. Idempotent. */
  void grantUnitGroup(String groupId);

  /** The rights of the cross-unit role groups (clerks, province leaders, coordinators). Idempotent. */
  void grantRoleGroups();
}
