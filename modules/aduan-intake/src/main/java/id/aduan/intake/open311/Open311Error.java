package id.aduan.intake.open311;

/** An answer in GeoReport's own error format ({@code <errors><error><code/><description/>}). */
public final class Open311Error extends RuntimeException {
  private final int code;

  public Open311Error(int code, String description) {
    super(description, null, false, false);
    this.code = code;
  }

  public int code() {
    return code;
  }
}
