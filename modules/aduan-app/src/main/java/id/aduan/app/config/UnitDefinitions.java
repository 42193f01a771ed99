package id.aduan.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.event.Unit;
import id.aduan.event.WorkingCalendar;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code units:} section: each unit's id, names and optional working calendar.
 *
 * <pre>
 * units:
 *   - id: lalin                      # lower-case letters, digits, hyphens; used in topic names
 *     name: Bidang Lalu Lintas
 *     agency: Dinas Perhubungan Provinsi Sumatera Selatan
 *     description: traffic lights, signs, markings, congestion   # optional
 *     parent: kadis                  # optional: receives this unit's escalations
 *     external: false                # optional: true for transfer targets outside the agency
 *     regionCode: "16"               # optional
 *     officeContact: (0711) 123456   # optional, an office line, never a person's
 *     calendar:                      # optional; without it the deployment default applies
 *       timeZone: Asia/Jakarta
 *       workingDays: [1, 2, 3, 4, 5] # ISO days, 1 = Monday
 *       dayStart: "08:00"
 *       dayEnd: "16:00"
 *       holidays: [2026-12-25]
 * </pre>
 */
public final class UnitDefinitions {
  static final Set<String> FIELDS = Set.of(
      "id", "name", "agency", "description", "parent", "external", "regionCode", "officeContact", "calendar");
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  private UnitDefinitions() {}

  public static List<Unit> read(ConfigFile file, Instant now) throws InvalidConfigException {
    List<String> problems = new ArrayList<>();
    List<Unit> units = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ConfigFile.Entry entry : file.section("units")) {
      String id = entry.node().path("id").asText("?");
      EntryReader in = new EntryReader(entry, "unit " + id, problems, FIELDS);
      String unitId = in.required("id");
      if (unitId != null && !ID.matcher(unitId).matches()) {
        in.problem("id must be lower-case letters, digits and hyphens");
      } else if (unitId != null && !seen.add(unitId)) {
        in.problem("id is defined twice");
      }
      Unit unit = Unit.newBuilder()
          .setUnitId(unitId == null ? "" : unitId)
          .setName(nullToEmpty(in.required("name")))
          .setAgency(nullToEmpty(in.required("agency")))
          .setDescription(in.optional("description"))
          .setParentId(in.optional("parent"))
          .setExternal(in.bool("external", false))
          .setRegionCode(in.optional("regionCode"))
          .setOfficeContact(in.optional("officeContact"))
          .setWorkingCalendar(calendar(in.node("calendar"), in))
          .setUpdatedAt(now)
          .build();
      units.add(unit);
    }
    if (!problems.isEmpty()) {
      throw new InvalidConfigException(file.path(), problems);
    }
    return units;
  }

  private static WorkingCalendar calendar(JsonNode node, EntryReader in) {
    if (node == null || node.isNull()) {
      return null;
    }
    WorkingCalendar.Builder calendar = WorkingCalendar.newBuilder();
    try {
      if (node.hasNonNull("timeZone")) {
        calendar.setTimeZone(ZoneId.of(node.get("timeZone").asText()).getId());
      }
      List<Integer> days = new ArrayList<>();
      node.path("workingDays").forEach(d -> {
        if (d.asInt() < 1 || d.asInt() > 7) {
          in.problem("calendar.workingDays must be 1 (Monday) to 7 (Sunday), not " + d.asText());
        }
        days.add(d.asInt());
      });
      calendar.setWorkingDays(days);
      if (node.hasNonNull("dayStart")) {
        calendar.setDayStart(LocalTime.parse(node.get("dayStart").asText()));
      }
      if (node.hasNonNull("dayEnd")) {
        calendar.setDayEnd(LocalTime.parse(node.get("dayEnd").asText()));
      }
      List<LocalDate> holidays = new ArrayList<>();
      node.path("holidays").forEach(h -> holidays.add(LocalDate.parse(h.asText())));
      calendar.setHolidays(holidays);
      WorkingCalendar built = calendar.build();
      if (!built.getDayEnd().isAfter(built.getDayStart())) {
        in.problem("calendar.dayEnd must be after dayStart");
      }
      return built;
    } catch (DateTimeException e) {
      in.problem("calendar: " + e.getMessage());
      return null;
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
