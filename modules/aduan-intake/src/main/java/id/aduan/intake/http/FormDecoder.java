package id.aduan.intake.http;

import id.aduan.intake.problem.Problem;
import id.aduan.intake.problem.ProblemException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes query strings, form bodies and path segments strictly: a bad percent escape or bytes that are not
 * valid in the charset are the client's mistake and answered with 400, never replaced silently.
 */
public final class FormDecoder {
  public static final int MAX_FIELDS = 200;

  private FormDecoder() {}

  public static Map<String, List<String>> decode(String encoded, Charset charset) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return fields;
    }
    int count = 0;
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      if (++count > MAX_FIELDS) {
        throw new ProblemException(Problem.badRequest("more than " + MAX_FIELDS + " form fields"));
      }
      int eq = pair.indexOf('=');
      String name = component(eq < 0 ? pair : pair.substring(0, eq), charset, true);
      String value = eq < 0 ? "" : component(pair.substring(eq + 1), charset, true);
      fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return fields;
  }

  /** One percent-encoded component; {@code plusIsSpace} for forms and queries, not for paths. */
  public static String component(String encoded, Charset charset, boolean plusIsSpace) {
    ByteBuffer bytes = ByteBuffer.allocate(encoded.length() * 4);
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        if (i + 2 >= encoded.length()) {
          throw bad("incomplete percent escape");
        }
        int hi = Character.digit(encoded.charAt(i + 1), 16);
        int lo = Character.digit(encoded.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          throw bad("bad percent escape '" + encoded.substring(i, i + 3) + "'");
        }
        bytes.put((byte) (hi * 16 + lo));
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.put((byte) ' ');
      } else {
        bytes.put(String.valueOf(c).getBytes(charset));
      }
    }
    bytes.flip();
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes)
          .toString();
    } catch (CharacterCodingException e) {
      throw bad("bytes that are not valid " + charset.name());
    }
  }

  /** Decodes body bytes as text, refusing invalid sequences. */
  public static String text(byte[] body, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw bad("the body is not valid " + charset.name());
    }
  }

  private static ProblemException bad(String what) {
    return new ProblemException(Problem.badRequest("Malformed encoding: " + what));
  }
}
