package id.aduan.app.console;

import id.aduan.console.auth.ApiKeys;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Makes a new API key and the hash that goes into the users file. */
@Command(
    name = "api-key",
    mixinStandardHelpOptions = true,
    description = {
      "Make a new random API key for a unit's own system. Prints the key (give it to the client once; it is",
      "not stored) and its keyHash for the apiKeys list of the console's users file."
    })
public final class ApiKeyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    String key = ApiKeys.generate();
    PrintWriter out = spec.commandLine().getOut();
    out.println("key:     " + key);
    out.println("keyHash: " + ApiKeys.hash(key));
    out.flush();
    return 0;
  }
}
