package id.aduan.intake.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, so tests can send what no well-behaved client would: raw bytes in the
 * request line, any header value, any body. Answers are read until the server closes.
 */
public final class RawHttp {
  /** The status code and the raw answer. */
  public record Answer(int status, String text) {}

  private RawHttp() {}

  /**
   * Sends one request and reads the answer. A server may answer before it has read the whole body (413)
   * and close, so a failed write is followed by reading what came back. A connection reset before any
   * answer (seen rarely, under load, on fresh local connections) is retried once on a new
   * connection; a second one fails.
   */
  public static Answer send(int port, String method, byte[] target, Map<String, String> headers, byte[] body) throws IOException {
    byte[] request = request(method, target, headers, body);
    try {
      return exchange(port, request);
    } catch (SocketException resetBeforeAnyAnswer) {
      return exchange(port, request);
    }
  }

  private static Answer exchange(int port, byte[] request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(30_000);
      IOException writeFailure = null;
      try {
        OutputStream out = socket.getOutputStream();
        out.write(request);
        out.flush();
      } catch (IOException e) {
        writeFailure = e;
      }
      String answer;
      try {
        answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      } catch (IOException e) {
        throw writeFailure != null ? writeFailure : e;
      }
      if (answer.isEmpty() && writeFailure != null) {
        throw writeFailure;
      }
      if (!answer.startsWith("HTTP/1.1 ")) {
        return new Answer(-1, answer);
      }
      return new Answer(Integer.parseInt(answer.substring(9, 12)), answer);
    }
  }

  private static byte[] request(String method, byte[] target, Map<String, String> headers, byte[] body) throws IOException {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.write((method + " ").getBytes(StandardCharsets.ISO_8859_1));
    request.write(target);
    request.write(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n".getBytes(StandardCharsets.ISO_8859_1));
    for (var h : headers.entrySet()) {
      request.write((h.getKey() + ": ").getBytes(StandardCharsets.ISO_8859_1));
      request.write(h.getValue().getBytes(StandardCharsets.UTF_8));
      request.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    request.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    request.write(body);
    return request.toByteArray();
  }
}
