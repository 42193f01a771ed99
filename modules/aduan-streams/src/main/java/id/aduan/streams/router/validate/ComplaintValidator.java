package id.aduan.streams.router.validate;

import id.aduan.event.Attachment;
import id.aduan.event.ComplaintReceived;
import id.aduan.event.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a complaint must satisfy before any unit sees it. Each problem is named, so the DLQ record says
 * exactly what to fix at the channel that produced it.
 *
 * <p>Every field the router copies onward has a bound, so that a complaint that passes can never become a
 * routed record larger than the producer accepts (which would fail the transaction and bring the same
 * complaint back for ever): with these bounds a routed complaint stays well under 1 MB.
 */
public final class ComplaintValidator {
  public static final String STAGE = "validate";
  public static final int MAX_TEXT_LENGTH = 20_000;
  public static final int MAX_ID_LENGTH = 200;
  public static final int MAX_TITLE_LENGTH = 1_000;
  public static final int MAX_ADDRESS_LENGTH = 2_000;
  public static final int MAX_SHORT_LENGTH = 200;
  public static final int MAX_ATTACHMENTS = 20;
  public static final int MAX_URL_LENGTH = 2_000;
  public static final int MAX_DESCRIPTION_LENGTH = 1_000;
  private static final Pattern REGION_CODE = Pattern.compile("\\d{2}(\\d{2}(\\d{2}(\\d{4})?)?)?");

  private ComplaintValidator() {}

  /** The problems of a complaint; empty when it is valid. */
  public static List<String> problems(String key, ComplaintReceived complaint) {
    if (complaint == null) {
      return List.of("record has no value");
    }
    List<String> problems = new ArrayList<>();
    if (blank(complaint.getComplaintId())) {
      problems.add("complaintId is missing");
    } else if (complaint.getComplaintId().length() > MAX_ID_LENGTH) {
      problems.add("complaintId is longer than " + MAX_ID_LENGTH + " characters");
    } else if (key == null) {
      problems.add("record key is missing: it must be the complaintId " + complaint.getComplaintId());
    } else if (!key.equals(complaint.getComplaintId())) {
      problems.add("record key " + shown(key) + " differs from complaintId " + complaint.getComplaintId());
    }
    if (blank(complaint.getText())) {
      problems.add("text is missing");
    } else if (complaint.getText().length() > MAX_TEXT_LENGTH) {
      problems.add("text is longer than " + MAX_TEXT_LENGTH + " characters");
    }
    tooLong(problems, "title", complaint.getTitle(), MAX_TITLE_LENGTH);
    tooLong(problems, "serviceCode", complaint.getServiceCode(), MAX_SHORT_LENGTH);
    tooLong(problems, "languageHint", complaint.getLanguageHint(), MAX_SHORT_LENGTH);
    problems.addAll(attachmentProblems(complaint.getAttachments()));
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
    tooLong(problems, "location.address", location.getAddress(), MAX_ADDRESS_LENGTH);
    String region = location.getRegionCode();
    if (region != null && !REGION_CODE.matcher(region).matches()) {
      problems.add("location.regionCode \"" + region + "\" is not a Kemendagri code (2, 4, 6 or 10 digits)");
    }
    return problems;
  }

  private static List<String> attachmentProblems(List<Attachment> attachments) {
    List<String> problems = new ArrayList<>();
    if (attachments.size() > MAX_ATTACHMENTS) {
      problems.add("more than " + MAX_ATTACHMENTS + " attachments");
      return problems;
    }
    for (int i = 0; i < attachments.size(); i++) {
      Attachment a = attachments.get(i);
      String at = "attachments[" + i + "].";
      tooLong(problems, at + "url", a.getUrl(), MAX_URL_LENGTH);
      tooLong(problems, at + "description", a.getDescription(), MAX_DESCRIPTION_LENGTH);
      tooLong(problems, at + "mediaType", a.getMediaType(), MAX_SHORT_LENGTH);
      tooLong(problems, at + "sha256", a.getSha256(), MAX_SHORT_LENGTH);
    }
    return problems;
  }

  private static void tooLong(List<String> problems, String field, String value, int max) {
    if (value != null && value.length() > max) {
      problems.add(field + " is longer than " + max + " characters");
    }
  }

  /** A key as a reason may quote it: keys of hostile records can be of any length. */
  private static String shown(String key) {
    return key.length() <= MAX_ID_LENGTH ? key : key.substring(0, MAX_ID_LENGTH) + "…";
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
