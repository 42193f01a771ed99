package id.aduan.intake.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
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

  public static Answer send(int port, String method, byte[] target, Map<String, String> headers, byte[] body) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(30_000);
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
      OutputStream out = socket.getOutputStream();
      out.write(request.toByteArray());
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      if (!answer.startsWith("HTTP/1.1 ")) {
        return new Answer(-1, answer);
      }
      return new Answer(Integer.parseInt(answer.substring(9, 12)), answer);
    }
  }
}
