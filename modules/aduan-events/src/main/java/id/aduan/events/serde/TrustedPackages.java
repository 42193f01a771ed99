package id.aduan.events.serde;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/**
 * Avro loads generated classes by the names in a schema only from packages it trusts, so that a writer's
 * schema cannot make a reader instantiate arbitrary classes. Aduan trusts its own event package and the
 * package of any class a caller explicitly reads into; everything else stays under Avro's default rules
 * (and the {@code org.apache.avro.SERIALIZABLE_PACKAGES} system property).
 */
final class TrustedPackages {
  static final String EVENT_PACKAGE = "id.aduan.event";
  private static final Set<String> TRUSTED = ConcurrentHashMap.newKeySet();

  static {
    ClassSecurityPredicate avroDefault = ClassSecurityValidator.getGlobal();
    ClassSecurityValidator.setGlobal(
        ClassSecurityValidator.composite(avroDefault, type -> TRUSTED.contains(type.getPackageName())));
    TRUSTED.add(EVENT_PACKAGE);
  }

  private TrustedPackages() {}

  /** Trusts the package of a class the caller chose to read into. */
  static void trust(Class<?> type) {
    if (type != null) {
      TRUSTED.add(type.getPackageName());
    }
  }
}
