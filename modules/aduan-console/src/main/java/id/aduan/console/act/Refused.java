package id.aduan.console.act;

/** An action the console refuses before publishing anything, with the HTTP status and reason to show. */
public final class Refused extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  public Refused(int status, String reason) {
    super(reason);
    this.status = status;
  }

  public int status() {
    return status;
  }

  static Refused notFound(String id) {
    return new Refused(404, "No case " + id + " for you");
  }
}
