package id.aduan.events;

import id.aduan.event.CaseEscalated;
import id.aduan.event.CaseState;
import id.aduan.event.CaseUpdate;
import id.aduan.event.ComplaintClassified;
import id.aduan.event.ComplaintReceived;
import id.aduan.event.ComplaintRouted;
import id.aduan.event.ModelVersion;
import id.aduan.event.Reporter;
import id.aduan.event.ResolutionMetrics;
import id.aduan.event.RoutingRule;
import id.aduan.event.SurveyResponse;
import id.aduan.event.Unit;
import java.util.List;
import org.apache.avro.specific.SpecificRecordBase;

/** The record types that travel as topic values: the public contracts a registry must hold. */
public final class EventContracts {
  private EventContracts() {}

  public static final List<Class<? extends SpecificRecordBase>> TOPIC_VALUES =
      List.of(
          ComplaintReceived.class,
          Reporter.class,
          ComplaintClassified.class,
          ComplaintRouted.class,
          CaseUpdate.class,
          CaseState.class,
          CaseEscalated.class,
          SurveyResponse.class,
          RoutingRule.class,
          Unit.class,
          ModelVersion.class,
          ResolutionMetrics.class);
}
