package id.aduan.app.intake;

import id.aduan.intake.IntakeCore;
import id.aduan.intake.config.IntakeConfig;
import id.aduan.intake.social.SocialArchiveImport;
import id.aduan.intake.social.SocialIntake;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aduan import social --file FILE.jsonl}: loads an archive of mentions, showing progress. */
@Command(
    name = "social",
    mixinStandardHelpOptions = true,
    description = {
      "Load an archive of social-media mentions, one JSON object a line: {platform, id, text, author, authorName, "
          + "createdAt, url, repostOf} or a raw tweet object. Posts already received are not filed again and reposts are "
          + "linked to their original, so the same file can be loaded twice.",
      "Exit status: 0 all lines handled, 1 some posts could not be stored (Kafka unavailable), 2 some lines invalid."
    })
public final class SocialImportCommand implements Callable<Integer> {
  @Mixin IntakeOptions options;
  @Spec CommandSpec spec;

  @Option(names = "--file", required = true, paramLabel = "FILE.jsonl", description = "The archive to load.")
  Path file;

  @Option(names = "--own-handle", paramLabel = "HANDLE", description = "The agency's own account, whose posts are skipped.")
  String ownHandle;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isReadable(file)) {
      err.println("Cannot read " + file);
      return 2;
    }
    Map<String, String> commandLine = new HashMap<>();
    IntakeOptions.put(commandLine, IntakeConfig.SOCIAL_HANDLE, ownHandle);
    // the importer is a separate producer from any running server: its own transactional id
    commandLine.putIfAbsent(IntakeConfig.TRANSACTIONAL_ID, "aduan-import-social-" + ProcessHandle.current().pid());
    IntakeConfig config = options.resolve(commandLine);
    SocialArchiveImport.Progress done;
    try (IntakeCore core = IntakeCore.start(config)) {
      SocialIntake social = new SocialIntake(core.intake(), config.get(IntakeConfig.SOCIAL_HANDLE));
      done = new SocialArchiveImport(social, warning -> {
        synchronized (err) {
          err.println(warning);
        }
      }).run(file, p -> {
        out.printf("%d/%d lines: %d filed, %d repeated, %d linked, %d ignored, %d invalid, %d failed%n",
            p.read(), p.total(), p.filed(), p.repeated(), p.linked(), p.ignored(), p.invalid(), p.failed());
        out.flush();
      });
    }
    return done.failed() > 0 ? 1 : done.invalid() > 0 ? 2 : 0;
  }
}
