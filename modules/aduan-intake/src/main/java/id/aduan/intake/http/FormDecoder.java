package id.aduan.intake.http;

import id.aduan.intake.problem.Problem;
import id.aduan.intake.problem.ProblemException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes query strings, form bodies and path segments strictly: a bad percent escape or bytes that are not
 * valid in the charset are the client's mistake and answered with 400, never replaced silently.
 */
public final class FormDecoder {
  public static final int MAX_FIELDS = 200;
  private static final String PRINTABLE_ASCII =
      " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

  private FormDecoder() {}

  /** The fields of a request's form body, in the charset it declares (415 for one that cannot carry a form). */
  public static Map<String, List<String>> form(WebRequest request) {
    Charset charset = request.formCharset();
    return decode(text(request.body(), charset), charset);
  }

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
    // unescaped characters are encoded a run at a time: encoding them one by one would repeat a
    // byte-order mark or a stateful charset's shift sequences before each of them
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    StringBuilder run = new StringBuilder();
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
        flush(run, charset, bytes);
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        run.append(c == '+' && plusIsSpace ? ' ' : c);
      }
    }
    flush(run, charset, bytes);
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw bad("bytes that are not valid " + charset.name());
    }
  }

  private static void flush(StringBuilder run, Charset charset, ByteArrayOutputStream bytes) {
    if (run.length() > 0) {
      bytes.writeBytes(run.toString().getBytes(charset));
      run.setLength(0);
    }
  }

  /** Whether the charset writes printable ASCII as ASCII, as every charset that can carry a form does. */
  public static boolean asciiCompatible(Charset charset) {
    try {
      return charset.canEncode() && Arrays.equals(PRINTABLE_ASCII.getBytes(charset), PRINTABLE_ASCII.getBytes(StandardCharsets.US_ASCII));
    } catch (RuntimeException cannotEncode) {
      return false;
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
