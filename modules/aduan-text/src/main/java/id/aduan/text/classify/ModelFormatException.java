package id.aduan.text.classify;

import java.io.IOException;

/** A model file that is not one, is damaged, or was written by an incompatible version. */
public final class ModelFormatException extends IOException {

  public ModelFormatException(String message) {
    super(message);
  }

  public ModelFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
