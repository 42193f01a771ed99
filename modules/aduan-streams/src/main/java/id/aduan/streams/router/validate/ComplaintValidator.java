package id.aduan.streams.router.validate;

import id.aduan.event.ComplaintReceived;
import id.aduan.event.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a complaint must satisfy before any unit sees it. Each problem is named, so the DLQ record says
 * exactly what to fix at the channel that produced it.
 */
public final class ComplaintValidator {
  public static final String STAGE = "validate";
  public static final int MAX_TEXT_LENGTH = 20_000;
  private static final Pattern REGION_CODE = Pattern.compile("\\d{2}(\\d{2}(\\d{2}(\\d{4})?)?)?");

  private ComplaintValidator() {}

  /** The problems of a complaint; empty when it is valid. */
  public static List<String> problems(String key, ComplaintReceived complaint) {
    List<String> problems = new ArrayList<>();
    if (blank(complaint.getComplaintId())) {
      problems.add("complaintId is missing");
    } else if (key != null && !key.equals(complaint.getComplaintId())) {
      problems.add("record key " + key + " differs from complaintId " + complaint.getComplaintId());
    }
    if (blank(complaint.getText())) {
      problems.add("text is missing");
    } else if (complaint.getText().length() > MAX_TEXT_LENGTH) {
      problems.add("text is longer than " + MAX_TEXT_LENGTH + " characters");
    }
    if (blank(complaint.getChannelMessageId())) {
      problems.add("channelMessageId is missing");
    }
    if (complaint.getChannel() == null) {
      problems.add("channel is missing");
    }
    if (complaint.getReporter() == null) {
      problems.add("reporter is missing");
    }
    Location location = complaint.getLocation();
    if (location != null) {
      problems.addAll(locationProblems(location));
    }
    return problems;
  }

  private static List<String> locationProblems(Location location) {
    List<String> problems = new ArrayList<>();
    Double lat = location.getLat();
    Double lon = location.getLon();
    if ((lat == null) != (lon == null)) {
      problems.add("location has only one of lat and lon");
    }
    if (lat != null && (lat.isNaN() || lat < -90 || lat > 90)) {
      problems.add("location.lat " + lat + " is outside -90..90");
    }
    if (lon != null && (lon.isNaN() || lon < -180 || lon > 180)) {
      problems.add("location.lon " + lon + " is outside -180..180");
    }
    String region = location.getRegionCode();
    if (region != null && !REGION_CODE.matcher(region).matches()) {
      problems.add("location.regionCode \"" + region + "\" is not a Kemendagri code (2, 4, 6 or 10 digits)");
    }
    return problems;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
