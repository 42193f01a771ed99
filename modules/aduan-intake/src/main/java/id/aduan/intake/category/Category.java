package id.aduan.intake.category;

import java.util.List;

/** A complaint category as citizens choose it: an Open311 service and an option of the web form. */
public record Category(
    String code, String name, String nameEn, String description, String group, List<String> keywords) {

  public Category {
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
  }

  /** The name in the citizen's language: English when asked for and given, Indonesian otherwise. */
  public String name(String language) {
    return "en".equals(language) && nameEn != null ? nameEn : name;
  }
}
