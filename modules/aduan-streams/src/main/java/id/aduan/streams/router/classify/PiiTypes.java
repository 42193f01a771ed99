package id.aduan.streams.router.classify;

import id.aduan.event.PiiType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The masker's kinds of personal data as the event contract names them. */
final class PiiTypes {
  private PiiTypes() {}

  static List<PiiType> toEvent(Set<id.aduan.text.pii.PiiType> found) {
    List<PiiType> types = new ArrayList<>();
    for (id.aduan.text.pii.PiiType type : found) {
      PiiType mapped = switch (type) {
        case NIK -> PiiType.NIK;
        case KK -> PiiType.KK;
        case TELEPON -> PiiType.PHONE;
        case EMAIL -> PiiType.EMAIL;
        case REKENING -> PiiType.BANK_ACCOUNT;
        case PLAT_NOMOR -> PiiType.VEHICLE_PLATE;
        case NAMA -> PiiType.PERSON_NAME;
      };
      if (!types.contains(mapped)) {
        types.add(mapped);
      }
    }
    return types;
  }
}
