package id.aduan.text.pii;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A text with its personal data replaced by typed tokens, and what was found in the original. */
public record MaskedText(String text, List<PiiFinding> findings) {

  public MaskedText {
    findings = List.copyOf(findings);
  }

  public Set<PiiType> types() {
    Set<PiiType> types = EnumSet.noneOf(PiiType.class);
    for (PiiFinding f : findings) {
      types.add(f.type());
    }
    return types;
  }
}
