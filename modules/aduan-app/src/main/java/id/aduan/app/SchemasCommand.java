package id.aduan.app;

import id.aduan.events.registry.CompatibilityResult;
import id.aduan.events.registry.SchemaRegistryClient;
import id.aduan.events.registry.SchemaRegistryException;
import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.avro.Schema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Shows the event contracts and puts them into a schema registry ahead of the jobs that write them. */
@Command(
    name = "schemas",
    mixinStandardHelpOptions = true,
    description = "List the Avro event contracts by topic, or register them in a schema registry.",
    subcommands = {SchemasCommand.ListContracts.class, SchemasCommand.Register.class})
final class SchemasCommand extends CommandGroup {

  static List<Topic<?, ?>> avroTopics(TopicCatalogue catalogue) {
    return catalogue.all().stream().filter(t -> t.valueSchema().isPresent()).toList();
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Print each topic with its value record and subject.")
  static final class ListContracts implements Runnable {
    @Mixin ConnectionOptions options;
    @Spec CommandSpec spec;

    @Override
    public void run() {
      PrintWriter out = spec.commandLine().getOut();
      out.printf("%-36s %-40s %s%n", "TOPIC", "SUBJECT", "RECORD");
      for (Topic<?, ?> topic : avroTopics(options.catalogue())) {
        Schema schema = topic.valueSchema().orElseThrow();
        out.printf("%-36s %-40s %s (%d fields)%n", topic.name(), topic.valueSubject(), schema.getFullName(),
            schema.getFields().size());
      }
      out.println("Unit topics <prefix>unit.<unitId> carry the value record of the routed topic.");
      out.flush();
    }
  }

  @Command(
      name = "register",
      mixinStandardHelpOptions = true,
      description = {
        "Check every contract against the registry's compatibility rules and register it.",
        "Exits 1 if any contract is refused; use --check-only in CI to test a schema change first."
      })
  static final class Register implements Callable<Integer> {
    @Mixin ConnectionOptions options;
    @Spec CommandSpec spec;

    @Option(names = "--check-only", description = "Only check compatibility; register nothing.")
    boolean checkOnly;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      TopicCatalogue catalogue = options.catalogue();
      SchemaRegistryClient registry = catalogue.registry();
      int refused = 0;
      for (Topic<?, ?> topic : avroTopics(catalogue)) {
        Schema schema = topic.valueSchema().orElseThrow();
        String subject = topic.valueSubject();
        try {
          CompatibilityResult verdict = registry.checkCompatibility(subject, schema);
          if (!verdict.compatible()) {
            refused++;
            err.printf("INCOMPATIBLE %s: %s%n", subject, String.join("; ", verdict.messages()));
            continue;
          }
          if (checkOnly) {
            out.printf("compatible   %s%n", subject);
          } else {
            out.printf("registered   %-40s id %d%n", subject, registry.register(subject, schema));
          }
        } catch (SchemaRegistryException e) {
          refused++;
          err.printf("FAILED       %s: %s%n", subject, e.getMessage());
        }
      }
      out.flush();
      err.flush();
      return refused == 0 ? 0 : 1;
    }
  }
}
