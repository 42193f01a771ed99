package id.aduan.app.model;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code aduan model}: train, evaluate and try text classifiers. */
@Command(
    name = "model",
    mixinStandardHelpOptions = true,
    description = {
      "Train, evaluate and try the complaint classifier.",
      "Models are single files that describe themselves (labels, features, training data hash, metrics)."
    },
    subcommands = {TrainCommand.class, EvalCommand.class, PredictCommand.class, CommandLine.HelpCommand.class})
public final class ModelCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
