package id.aduan.events.registry;

import java.util.List;

/** The registry's verdict on a candidate schema, with its reasons when it is not compatible. */
public record CompatibilityResult(boolean compatible, List<String> messages) {
  public CompatibilityResult {
    messages = List.copyOf(messages);
  }

  public static CompatibilityResult ok() {
    return new CompatibilityResult(true, List.of());
  }
}
