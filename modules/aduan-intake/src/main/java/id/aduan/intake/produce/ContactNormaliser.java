package id.aduan.intake.produce;

import id.aduan.event.ContactType;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings the ways citizens write one contact to one form, so that the same person gets the same reporter
 * key whether they typed 0812…, +62 812…, 62812…, (0812) 3456-789, wa.me/62812… or O812… (a letter O for
 * the zero). Phone numbers without a country code are read as Indonesian.
 */
public final class ContactNormaliser {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\+?[0-9][0-9 ()\\-.]{5,24}");
  /** A WhatsApp chat link or a tel: URI around a number. */
  private static final Pattern LINK =
      Pattern.compile("(?i)^(?:(?:https?://)?(?:www\\.)?(?:wa\\.me/|api\\.whatsapp\\.com/send/?\\?phone=)|tel:)([^?&/#]+)[^\\s]*$");
  /** A letter O or o typed for a zero, where the rest is a phone number. */
  private static final Pattern O_FOR_ZERO = Pattern.compile("[Oo](?=[0-9Oo \\-.()]*$)");
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
    var link = LINK.matcher(contact);
    String number = O_FOR_ZERO.matcher(link.matches() ? link.group(1) : contact).replaceAll("0");
    if (PHONE.matcher(number).matches()) {
      String digits = number.replaceAll("[^0-9]", "");
      String e164;
      if (number.startsWith("+")) {
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
