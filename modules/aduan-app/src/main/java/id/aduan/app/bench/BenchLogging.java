package id.aduan.app.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** A benchmark logs at WARN whatever the configured level, so that the rates it prints do not measure logging. */
final class BenchLogging {
  private BenchLogging() {}

  static void warnOnly() {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
  }
}
