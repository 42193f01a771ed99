package id.aduan.text.classify;

/** Told after each epoch, so a command can show that a long training run is moving. */
@FunctionalInterface
public interface TrainingProgress {

  TrainingProgress SILENT = (phase, epoch, epochs, loss) -> {};

  /**
   * @param phase "validation fit" (on the training share, before calibration) or "final fit" (all data)
   * @param loss mean weighted log-loss over the epoch
   */
  void epochDone(String phase, int epoch, int epochs, double loss);
}
