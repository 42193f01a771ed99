package id.aduan.intake.survey;

import id.aduan.event.Channel;
import java.util.List;

/**
 * A citizen's survey answer as a channel read it, before the case is checked.
 *
 * @param scores one score per {@link SkmElement}, in element order, each already checked to be 1–4
 * @param comment the free comment as typed (masked before publishing); null if none
 * @param idempotencyKey the channel's id of this answer (form token, Idempotency-Key, SMS id); null if none
 */
public record SurveyAnswer(List<Integer> scores, String comment, Channel channel, String idempotencyKey) {
  public SurveyAnswer {
    scores = List.copyOf(scores);
  }
}
