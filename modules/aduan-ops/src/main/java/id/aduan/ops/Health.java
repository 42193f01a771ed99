package id.aduan.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A role's readiness as a set of named checks, all of which must pass. Liveness needs no check of its own:
 * a process that answers HTTP is alive, and one that cannot do its work ends itself (see the Streams
 * runner), so that a supervisor restarts it rather than a probe guessing.
 */
public final class Health {
  /** One check's answer; {@code detail} says what was seen, for a person reading the endpoint. */
  public record Status(boolean ok, String detail) {
    public static Status up(String detail) {
      return new Status(true, detail);
    }

    public static Status down(String detail) {
      return new Status(false, detail);
    }
  }

  private final Map<String, Supplier<Status>> readiness = new LinkedHashMap<>();

  /** Adds a readiness check; a check that throws counts as failed, with the exception's message. */
  public synchronized Health readyWhen(String name, Supplier<Status> check) {
    readiness.put(name, check);
    return this;
  }

  /** Every check's current answer, in the order they were added. */
  public Map<String, Status> ready() {
    Map<String, Supplier<Status>> checks;
    synchronized (this) {
      checks = new LinkedHashMap<>(readiness);
    }
    Map<String, Status> answers = new LinkedHashMap<>();
    checks.forEach((name, check) -> {
      Status status;
      try {
        status = check.get();
      } catch (RuntimeException e) {
        status = Status.down(e.getClass().getSimpleName() + ": " + e.getMessage());
      }
      answers.put(name, status);
    });
    return answers;
  }

  public static boolean allUp(Map<String, Status> answers) {
    return answers.values().stream().allMatch(Status::ok);
  }
}
