package id.aduan.streams.tracker;

import id.aduan.event.Channel;
import id.aduan.event.ComplaintClassified;
import id.aduan.event.ComplaintReceived;
import id.aduan.event.ComplaintRouted;
import id.aduan.event.CaseUpdate;
import id.aduan.event.SurveyResponse;
import java.time.Instant;

/** What the case processor reads: one of its five co-partitioned inputs, all keyed by complaint id. */
sealed interface CaseInput {

  /** The complaint the input is about, which must be its record key. */
  String complaintId();

  /**
   * When the input says it happened: the case's clock is judged by this, not by the record's timestamp
   * (when it was written) or by the order records arrive in.
   */
  Instant at();

  /**
   * The ids, channel, times and confidentiality of a received complaint, and nothing else: the raw text
   * and the reporter's identity never reach the case store.
   */
  record Received(String complaintId, Channel channel, Instant receivedAt, boolean confidential) implements CaseInput {
    static Received of(ComplaintReceived complaint) {
      return new Received(complaint.getComplaintId(), complaint.getChannel(), complaint.getReceivedAt(),
          complaint.getReporter() != null && complaint.getReporter().getConfidential());
    }

    @Override
    public Instant at() {
      return receivedAt;
    }
  }

  record Triaged(ComplaintClassified complaint) implements CaseInput {
    @Override
    public String complaintId() {
      return complaint.getComplaintId();
    }

    @Override
    public Instant at() {
      return complaint.getEventTime();
    }
  }

  record Routed(ComplaintRouted routed) implements CaseInput {
    @Override
    public String complaintId() {
      return routed.getComplaintId();
    }

    @Override
    public Instant at() {
      return routed.getEventTime();
    }
  }

  record Update(CaseUpdate update) implements CaseInput {
    @Override
    public String complaintId() {
      return update.getComplaintId();
    }

    @Override
    public Instant at() {
      return update.getEventTime();
    }
  }

  record Survey(SurveyResponse response) implements CaseInput {
    @Override
    public String complaintId() {
      return response.getComplaintId();
    }

    @Override
    public Instant at() {
      return response.getEventTime();
    }
  }
}
