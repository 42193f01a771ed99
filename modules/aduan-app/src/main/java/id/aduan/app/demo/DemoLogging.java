package id.aduan.app.demo;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The demo's terminal is for the demo's own report: while it runs, every log line goes to a file in its data
 * directory, and the console appenders keep only warnings and errors of Aduan's own code. The log levels
 * stay as configured ({@code ADUAN_LOG_LEVEL}); only where the lines go changes.
 */
final class DemoLogging implements AutoCloseable {
  static final String OWN_CODE = "id.aduan";

  private final Logger root;
  private final FileAppender<ILoggingEvent> file;
  private final List<OwnWarningsOnly> consoleFilters = new ArrayList<>();

  private DemoLogging(Path logFile) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
    encoder.start();
    file = new FileAppender<>();
    file.setContext(context);
    file.setName("aduan-demo-file");
    file.setFile(logFile.toString());
    file.setAppend(true);
    file.setEncoder(encoder);
    file.start();
    for (var appenders = root.iteratorForAppenders(); appenders.hasNext(); ) {
      Appender<ILoggingEvent> appender = appenders.next();
      if (appender instanceof ConsoleAppender<ILoggingEvent>) {
        OwnWarningsOnly filter = new OwnWarningsOnly();
        filter.start();
        appender.addFilter(filter);
        consoleFilters.add(filter);
      }
    }
    root.addAppender(file);
  }

  /** Sends the logs to {@code logFile} (appending, so a restarted demo keeps the earlier runs' lines). */
  static DemoLogging toFile(Path logFile) {
    return new DemoLogging(logFile);
  }

  /** Puts the console back as it was and closes the file. */
  @Override
  public void close() {
    // logback has no way to remove one filter from an appender; a stopped one no longer decides anything
    consoleFilters.forEach(OwnWarningsOnly::stop);
    root.detachAppender(file);
    file.stop();
  }

  /** Lets through warnings and errors of Aduan's own loggers while started, and nothing else. */
  private static final class OwnWarningsOnly extends Filter<ILoggingEvent> {
    @Override
    public FilterReply decide(ILoggingEvent event) {
      if (!isStarted()) {
        return FilterReply.NEUTRAL;
      }
      boolean own = event.getLoggerName().equals(OWN_CODE) || event.getLoggerName().startsWith(OWN_CODE + ".");
      return own && event.getLevel().isGreaterOrEqual(Level.WARN) ? FilterReply.NEUTRAL : FilterReply.DENY;
    }
  }
}
