package id.aduan.intake.submit;

import id.aduan.event.ContactType;

/**
 * Who complained, as a channel gave it. {@code contact} is raw and never logged; {@code contactType} is
 * the channel's knowledge of it (an SMS sender is a phone, a post's author a handle), or null to guess.
 */
public record ReporterInput(String name, String contact, ContactType contactType, boolean anonymous, boolean confidential) {
  public static final ReporterInput NONE = new ReporterInput(null, null, null, false, false);

  @Override
  public String toString() {
    return "ReporterInput[name=" + (name == null ? "null" : "…") + ", contact=" + (contact == null ? "null" : "…")
        + ", contactType=" + contactType + ", anonymous=" + anonymous + ", confidential=" + confidential + "]";
  }
}
