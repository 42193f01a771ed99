package id.aduan.intake.open311;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.aduan.intake.http.WebResponse;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GeoReport v2 answers in its two formats from one description: a root element holding a list of items
 * (XML {@code <services><service>…}, JSON an array), or a single object. Items are ordered maps; a value may
 * be a {@link Nested} list with the element name of its children. Null values become empty elements in XML
 * and null in JSON, as the spec's examples show.
 */
public enum Open311Format {
  XML("text/xml; charset=utf-8"),
  JSON("application/json; charset=utf-8");

  /** A list value whose XML children are named {@code childName}. */
  public record Nested(String childName, List<?> items) {}

  private final String contentType;

  Open311Format(String contentType) {
    this.contentType = contentType;
  }

  /** The format from a resource's extension, or null for an unknown one. */
  public static Open311Format fromExtension(String extension) {
    return switch (extension) {
      case "xml" -> XML;
      case "json" -> JSON;
      default -> null;
    };
  }

  public String contentType() {
    return contentType;
  }

  /** A list answer: XML {@code <root><element/>…</root>}, JSON {@code [ … ]}. */
  public WebResponse list(int status, String root, String element, List<? extends Map<String, ?>> items) {
    if (this == JSON) {
      return json(status, items);
    }
    return xml(status, root, Map.of(), new Nested(element, items));
  }

  /** A single object answer: XML {@code <root>…</root>}, JSON {@code { … }}. */
  public WebResponse object(int status, String root, Map<String, ?> fields) {
    if (this == JSON) {
      return json(status, fields);
    }
    return xml(status, root, fields, null);
  }

  private WebResponse json(int status, Object body) {
    try {
      return WebResponse.of(status, contentType, WebResponse.JSON.writeValueAsString(plain(body)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object plain(Object value) {
    if (value instanceof Nested nested) {
      return plain(nested.items());
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(plain(v)));
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, plain(v)));
      return out;
    }
    return value;
  }

  private WebResponse xml(int status, String root, Map<String, ?> fields, Nested children) {
    try {
      StringWriter out = new StringWriter();
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement(root);
      writeFields(xml, fields);
      if (children != null) {
        writeNested(xml, children);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
      return WebResponse.of(status, contentType, out.toString());
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void writeFields(XMLStreamWriter xml, Map<String, ?> fields) throws XMLStreamException {
    for (Map.Entry<String, ?> field : fields.entrySet()) {
      Object value = field.getValue();
      if (value instanceof Nested nested) {
        xml.writeStartElement(field.getKey());
        writeNested(xml, nested);
        xml.writeEndElement();
      } else if (value == null) {
        xml.writeEmptyElement(field.getKey());
      } else {
        xml.writeStartElement(field.getKey());
        xml.writeCharacters(xmlSafe(value.toString()));
        xml.writeEndElement();
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void writeNested(XMLStreamWriter xml, Nested nested) throws XMLStreamException {
    for (Object item : nested.items()) {
      xml.writeStartElement(nested.childName());
      if (item instanceof Map<?, ?> map) {
        writeFields(xml, (Map<String, ?>) map);
      } else if (item != null) {
        xml.writeCharacters(xmlSafe(item.toString()));
      }
      xml.writeEndElement();
    }
  }

  /** XML 1.0 cannot carry most control characters even escaped; they are dropped from answers. */
  private static String xmlSafe(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c > 0xFFFF) {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
