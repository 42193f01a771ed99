package id.aduan.intake.produce;

import id.aduan.event.ContactType;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings the ways citizens write one contact to one form, so that the same person gets the same reporter
 * key whether they typed 0812…, +62 812… or 62812…. Phone numbers without a country code are read as
 * Indonesian.
 */
public final class ContactNormaliser {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-.]{5,24}");
  private static final Pattern HANDLE = Pattern.compile("@?[A-Za-z0-9_.]{1,64}");

  /** A contact in its normal form and its kind. */
  public record Normalised(String value, ContactType type) {}

  private ContactNormaliser() {}

  public static Normalised normalise(String raw, ContactType hint) {
    String contact = raw.trim();
    if (hint == ContactType.SOCIAL_MEDIA) {
      return new Normalised(contact.toLowerCase(Locale.ROOT), ContactType.SOCIAL_MEDIA);
    }
    if (EMAIL.matcher(contact).matches()) {
      return new Normalised(contact.toLowerCase(Locale.ROOT), ContactType.EMAIL);
    }
    if (PHONE.matcher(contact).matches()) {
      String digits = contact.replaceAll("[^0-9]", "");
      String e164;
      if (contact.startsWith("+")) {
        e164 = "+" + digits;
      } else if (digits.startsWith("62")) {
        e164 = "+" + digits;
      } else if (digits.startsWith("0")) {
        e164 = "+62" + digits.substring(1);
      } else {
        e164 = "+62" + digits;
      }
      return new Normalised(e164, hint == ContactType.WHATSAPP ? ContactType.WHATSAPP : ContactType.PHONE);
    }
    if (contact.startsWith("@") && HANDLE.matcher(contact).matches()) {
      return new Normalised(contact.toLowerCase(Locale.ROOT), ContactType.SOCIAL_MEDIA);
    }
    return new Normalised(contact, hint == null ? ContactType.OTHER : hint);
  }
}
