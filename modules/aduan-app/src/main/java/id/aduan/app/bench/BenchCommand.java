package id.aduan.app.bench;

import id.aduan.app.CommandGroup;
import picocli.CommandLine.Command;

/** Benchmarks that compare a component with its baselines in one run on this machine. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure throughput against baselines in the same run (results are ratios, for the README), and end-to-end latency.",
    subcommands = {RouterBenchmark.class, PipelineBenchmark.class})
public final class BenchCommand extends CommandGroup {
}
