package id.aduan.intake.http;

import id.aduan.intake.problem.Problem;
import id.aduan.intake.problem.ProblemException;
import java.util.Arrays;
import java.util.List;

/** Refuses bodies of a media type the endpoint does not read (415), before anything parses them. */
public final class MediaTypes {
  public static final String JSON = "application/json";
  public static final String FORM = "application/x-www-form-urlencoded";

  private MediaTypes() {}

  public static void require(WebRequest request, String... accepted) {
    String got = request.mediaType();
    List<String> list = Arrays.asList(accepted);
    if (got == null || !(list.contains(got) || (list.contains(JSON) && got.startsWith("application/") && got.endsWith("+json")))) {
      throw new ProblemException(Problem.unsupportedMediaType(request.header("Content-Type"), list));
    }
  }
}
