package id.aduan.app.serve;

import picocli.CommandLine.Option;

/** Where a role answers Prometheus scrapes and health probes. */
public final class OpsOptions {
  @Option(names = {"--metrics-port", "--health-port"}, paramLabel = "PORT", defaultValue = "${env:ADUAN_METRICS_PORT}",
      description = {
        "Port of /metrics (Prometheus), /health/live and /health/ready (default: $ADUAN_METRICS_PORT, else the",
        "role's own: router 9401, tracker 9402, console 9403; 0 picks a free one, -1 turns the endpoints off)."
      })
  Integer port;

  @Option(names = "--metrics-host", paramLabel = "ADDRESS", defaultValue = "${env:ADUAN_METRICS_HOST:-0.0.0.0}",
      description = "Address the metrics and health endpoints listen on (default: $ADUAN_METRICS_HOST, else ${DEFAULT-VALUE}).")
  String host;

  public int port(int roleDefault) {
    return port == null ? roleDefault : port;
  }

  public String host() {
    return host;
  }
}
