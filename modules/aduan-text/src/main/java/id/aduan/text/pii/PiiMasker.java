package id.aduan.text.pii;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds personal data in complaint text and replaces it with typed tokens ({@code [NIK]}, {@code [TELEPON]},
 * …). Rules run in order of how specific their evidence is; a later rule never claims characters an
 * earlier one already found, so "rek BCA 0812345678" is a bank account and not a phone number.
 * Thread-safe and stateless.
 */
public final class PiiMasker {

  private static final List<PiiRule> RULES = List.of(
      new PersonalUrls(), new Emails(), new BankAccounts(), new IdentityNumbers(), new PhoneNumbers(), new AccountNumbers(),
      new VehiclePlates(), new SelfNames());

  public List<PiiFinding> find(String text) {
    ScannedText scanned = new ScannedText(text);
    List<PiiFinding> candidates = new ArrayList<>(4);
    List<PiiFinding> accepted = new ArrayList<>(4);
    for (PiiRule rule : RULES) {
      candidates.clear();
      rule.find(scanned, candidates);
      for (PiiFinding c : candidates) {
        if (!overlapsAny(c, accepted)) {
          accepted.add(c);
        }
      }
    }
    Collections.sort(accepted);
    return accepted;
  }

  public MaskedText mask(String text) {
    List<PiiFinding> findings = find(text);
    if (findings.isEmpty()) {
      return new MaskedText(text, findings);
    }
    StringBuilder sb = new StringBuilder(text.length());
    int pos = 0;
    for (PiiFinding f : findings) {
      sb.append(text, pos, f.start()).append(f.type().token());
      pos = f.end();
    }
    sb.append(text, pos, text.length());
    return new MaskedText(sb.toString(), findings);
  }

  private static boolean overlapsAny(PiiFinding c, List<PiiFinding> accepted) {
    for (PiiFinding a : accepted) {
      if (a.overlaps(c)) {
        return true;
      }
    }
    return false;
  }
}
