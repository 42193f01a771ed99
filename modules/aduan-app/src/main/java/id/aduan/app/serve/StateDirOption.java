package id.aduan.app.serve;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a stream job keeps its local state; each job's application id gets its own directory below it. */
public final class StateDirOption {
  @Option(names = "--state-dir", defaultValue = "${env:ADUAN_STATE_DIR:-${sys:java.io.tmpdir}/aduan-state}",
      description = "Where the job keeps its local state (default: $ADUAN_STATE_DIR, else ${DEFAULT-VALUE}).")
  Path stateDir;

  public Path path() {
    return stateDir;
  }
}
