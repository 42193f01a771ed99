package id.aduan.app.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Benchmarks that compare a component with its baselines in one run on this machine. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure throughput against baselines in the same run (results are ratios, for the README).",
    subcommands = {RouterBenchmark.class})
public final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
