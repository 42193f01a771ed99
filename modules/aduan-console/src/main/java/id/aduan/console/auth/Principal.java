package id.aduan.console.auth;

/**
 * Who is asking: a signed-in user or an API key. {@code actor} is what goes into a CaseUpdate's actor field
 * (the user name, or {@code api:<key name>}); {@code unitId} is null for an admin.
 */
public record Principal(String actor, Role role, String unitId) {
  public boolean admin() {
    return role == Role.ADMIN;
  }

  /** Whether this principal works the cases of the unit. */
  public boolean ofUnit(String unit) {
    return role == Role.UNIT && unitId.equals(unit);
  }
}
