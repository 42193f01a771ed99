package id.aduan.app.sink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.aduan.sink.db.Database;
import id.aduan.sink.report.ResultTable;
import id.aduan.sink.report.SinkReports;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The league table of a month, or one unit's figures, from the sink's database. */
@Command(
    name = "metrics",
    mixinStandardHelpOptions = true,
    description = {
      "Print the monthly league table of units (ranked by SKM, with sample sizes; units with fewer survey",
      "answers than report_settings' league.minimum_surveys are listed unranked), or with --unit that unit's",
      "month: rank, SKM and grade, NRR per element, resolutions within SLA, open cases past their deadline,",
      "and median and p90 working times per category. Reads the database `aduan serve sink` writes."
    })
public final class MetricsCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Mixin SinkDatabaseOptions database;
  @Spec CommandSpec spec;

  @Option(names = "--unit", paramLabel = "ID", description = "Show this unit's figures instead of the league table.")
  String unit;

  @Option(names = "--period", paramLabel = "YYYY-MM",
      description = "Month in the agency's calendar, e.g. 2026-11 (default: the latest month with figures).")
  String period;

  @ArgGroup(exclusive = true)
  Format format = new Format();

  static final class Format {
    @Option(names = "--csv", description = "Print CSV (one header line, then rows).")
    boolean csv;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (period != null && !period.matches("\\d{4}-(0[1-9]|1[0-2])")) {
      err.println("--period must be a month written YYYY-MM, e.g. 2026-11, not \"" + period + "\"");
      err.flush();
      return 2;
    }
    String problem = Database.problem(database.settings());
    if (problem != null) {
      err.println("Cannot read metrics: " + problem);
      err.flush();
      return 1;
    }
    try (Database db = Database.open(database.settings())) {
      SinkReports reports = new SinkReports(db.dataSource());
      Optional<String> month = period != null ? Optional.of(period) : reports.latestMonth();
      if (month.isEmpty()) {
        err.println("No monthly figures in the database yet.");
        err.flush();
        return 1;
      }
      Map<String, Object> sections = new LinkedHashMap<>();
      if (unit == null) {
        sections.put("league", reports.league(month.get()));
      } else {
        ResultTable figures = reports.unitMonth(unit, month.get());
        if (figures.isEmpty()) {
          err.println("No figures of unit \"" + unit + "\" for " + month.get() + ".");
          err.flush();
          return 1;
        }
        sections.put("unit", figures);
        sections.put("responseTimes", reports.responseTimes(unit));
      }
      print(out, month.get(), sections);
      out.flush();
      return 0;
    } catch (SQLException e) {
      err.println("Cannot read metrics: " + e.getMessage().lines().findFirst().orElse("")
          + " (has `aduan serve sink` created the tables in this database?)");
      err.flush();
      return 1;
    }
  }

  private void print(PrintWriter out, String month, Map<String, Object> sections) throws Exception {
    if (format.json) {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("period", month);
      sections.forEach((name, table) -> document.put(name, TableText.records((ResultTable) table)));
      out.println(JSON.writeValueAsString(document));
      return;
    }
    boolean first = true;
    for (Map.Entry<String, Object> section : sections.entrySet()) {
      ResultTable table = (ResultTable) section.getValue();
      if (!first) {
        out.println();
      }
      first = false;
      if (format.csv) {
        out.print(TableText.csv(table));
      } else {
        out.println(title(section.getKey(), month));
        out.print(section.getKey().equals("unit") ? TableText.vertical(table) : TableText.aligned(table));
      }
    }
  }

  private String title(String section, String month) {
    return switch (section) {
      case "league" -> "League table " + month + " (ranked by SKM; units without enough survey answers are not ranked)";
      case "unit" -> "Unit " + unit + ", " + month;
      default -> "Working times of unit " + unit + " per category (hours; all its cases so far)";
    };
  }
}
