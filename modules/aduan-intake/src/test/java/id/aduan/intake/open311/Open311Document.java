package id.aduan.intake.open311;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.intake.support.Http;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads a GeoReport answer in either format into the same shape: the root's name and its items' fields. */
record Open311Document(String root, List<Map<String, String>> items) {

  static Open311Document parse(HttpResponse<String> response, String format) {
    if (format.equals("json")) {
      JsonNode node = Http.json(response);
      List<Map<String, String>> items = new ArrayList<>();
      for (JsonNode item : node.isArray() ? node : List.of(node)) {
        Map<String, String> fields = new LinkedHashMap<>();
        item.properties().forEach(e -> fields.put(e.getKey(), e.getValue().isNull() ? null
            : e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        items.add(fields);
      }
      return new Open311Document(node.isArray() ? "[]" : "{}", items);
    }
    try {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Element root = factory.newDocumentBuilder()
          .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
      List<Map<String, String>> items = new ArrayList<>();
      List<Element> children = elements(root);
      boolean list = Set.of("services", "service_requests", "errors").contains(root.getTagName());
      for (Element item : list ? children : List.of(root)) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element field : elements(item)) {
          fields.put(field.getTagName(), elements(field).isEmpty() ? (field.hasChildNodes() ? field.getTextContent() : null) : "(nested)");
        }
        items.add(fields);
      }
      return new Open311Document(root.getTagName(), items);
    } catch (Exception e) {
      throw new AssertionError("not XML: " + response.body(), e);
    }
  }

  static List<Element> elements(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }
}
