package id.aduan.events.topic;

import java.util.regex.Pattern;

/** Kafka's rules for topic names, checked up front so a bad unit id fails with a clear message. */
public final class TopicNames {
  public static final int MAX_LENGTH = 249;
  private static final Pattern LEGAL = Pattern.compile("[a-zA-Z0-9._-]+");

  private TopicNames() {}

  public static String validate(String name) {
    if (name.isEmpty() || name.length() > MAX_LENGTH || !LEGAL.matcher(name).matches()
        || name.equals(".") || name.equals("..")) {
      throw new IllegalArgumentException(
          "\"" + name + "\" is not a legal Kafka topic name: use 1 to " + MAX_LENGTH
              + " characters from a-z, A-Z, 0-9, '.', '_' and '-'");
    }
    return name;
  }
}
