package id.aduan.console.auth;

/** What a signed-in person or machine client may do. */
public enum Role {
  /** A unit's officer: sees and changes only the cases of that unit. */
  UNIT,
  /** A triage officer or administrator: sees every case and the triage queue, routes by hand, corrects categories. */
  ADMIN
}
