package id.aduan.app.demo;

import id.aduan.event.Channel;
import id.aduan.event.ComplaintReceived;
import id.aduan.event.Location;
import id.aduan.event.Reporter;
import id.aduan.text.io.CsvReader;
import id.aduan.text.starter.TransportStarterModel;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Demo traffic: the transport complaints the starter model was trained on (written for the project),
 * sent from a few channels and places, some with made-up phone numbers so masking shows.
 */
public final class SampleTraffic {
  private static final String[] REGIONS = {"1671", "1671", "1672", "1603", "1607"};
  /** Junctions and terminals in and around Palembang; complaints from the app carry coordinates near them. */
  private static final double[][] PLACES = {
      {-2.9761, 104.7754}, {-2.9909, 104.7566}, {-3.0183, 104.7862}, {-2.9540, 104.7401}, {-2.9338, 104.7186},
      {-2.9696, 104.7459}, {-3.0031, 104.7687}, {-2.9452, 104.7802}};
  private static final Channel[] CHANNELS = {Channel.WEB, Channel.SMS, Channel.SOCIAL_MEDIA, Channel.OPEN311};

  private SampleTraffic() {}

  /** {@code count} complaints with distinct ids, chosen and varied reproducibly from {@code seed}. */
  public static List<ComplaintReceived> complaints(int count, long seed) {
    List<String> texts = texts();
    Random random = new Random(seed);
    List<ComplaintReceived> picked = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = String.format("demo-%d-%04d", seed, i);
      String text = texts.get(random.nextInt(texts.size()));
      boolean withPhone = random.nextInt(4) == 0;
      Instant now = Instant.now();
      picked.add(ComplaintReceived.newBuilder()
          .setComplaintId(id)
          .setEventTime(now)
          .setReceivedAt(now)
          .setChannel(CHANNELS[random.nextInt(CHANNELS.length)])
          .setChannelMessageId("demo-message-" + id)
          .setText(withPhone ? text + ". Hubungi saya di 0812-" + (1000 + random.nextInt(9000)) + "-" + (1000 + random.nextInt(9000)) : text)
          .setReporter(Reporter.newBuilder().setAnonymous(random.nextBoolean()).setConfidential(false).build())
          .setLocation(location(random))
          .build());
    }
    return picked;
  }

  /** Half the complaints come with GPS coordinates (app and web form), the rest with a region only. */
  private static Location location(Random random) {
    Location.Builder location = Location.newBuilder().setRegionCode(REGIONS[random.nextInt(REGIONS.length)]);
    if (random.nextBoolean()) {
      double[] place = PLACES[random.nextInt(PLACES.length)];
      location.setLat(place[0] + (random.nextDouble() - 0.5) * 0.02).setLon(place[1] + (random.nextDouble() - 0.5) * 0.02);
    }
    return location.build();
  }

  private static List<String> texts() {
    List<String> texts = new ArrayList<>();
    try (var in = TransportStarterModel.class.getResourceAsStream(TransportStarterModel.DATA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("sample complaints are missing from the text engine's jar");
      }
      CsvReader csv = new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8), ',');
      csv.next();
      for (List<String> row = csv.next(); row != null; row = csv.next()) {
        texts.add(row.get(0));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }
}
