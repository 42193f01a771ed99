package id.aduan.streams.tracker;

import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.ComplaintClassified;
import id.aduan.event.ComplaintRouted;
import id.aduan.event.Unit;
import java.time.Instant;
import java.util.Optional;

/**
 * The case as the router's outputs make it: RECEIVED, TRIAGE and ROUTED. The three topics are read in
 * parallel, so they may arrive in any order; a later status is never replaced by an earlier one.
 */
final class RouterEvents {
  private RouterEvents() {}

  static CaseState received(CaseState current, CaseInput.Received received) {
    if (current != null) {
      return CaseState.newBuilder(current)
          .setReceivedAt(received.receivedAt())
          .setConfidential(current.getConfidential() || received.confidential())
          .build();
    }
    CaseState.Builder created = CaseState.newBuilder()
        .setComplaintId(received.complaintId())
        .setChannel(received.channel())
        .setReceivedAt(received.receivedAt())
        .setConfidential(received.confidential())
        .setUrgency(id.aduan.event.Urgency.NORMAL);
    return Cases.enter(created, CaseStatus.RECEIVED, received.receivedAt(), "system:intake", null, null).build();
  }

  static CaseState triaged(CaseState current, ComplaintClassified complaint) {
    CaseState.Builder builder = withComplaint(current, complaint);
    if (current == null || current.getStatus() == CaseStatus.RECEIVED) {
      Cases.enter(builder, CaseStatus.TRIAGE, complaint.getEventTime(), "system:router", null, null);
    }
    return builder.build();
  }

  /**
   * A routed complaint, from the router or echoed back from the tracker's own re-routing. One that is not
   * newer than the case's last routing is already applied and changes nothing (empty).
   */
  static Optional<CaseState> routed(CaseState current, ComplaintRouted routed, Optional<Unit> unit) {
    Instant routedAt = routed.getEventTime();
    if (current != null && current.getRoutedAt() != null && !routedAt.isAfter(current.getRoutedAt())) {
      return Optional.empty();
    }
    CaseState.Builder builder = withComplaint(current, routed.getComplaint())
        .setUnitId(routed.getUnitId())
        .setUnitName(unit.map(Unit::getName).orElse(routed.getAgencyResponsible()))
        .setRuleId(routed.getRuleId())
        .setRuleVersion(routed.getRuleVersion())
        .setRoutedAt(routedAt)
        .setFirstResponseDue(routed.getFirstResponseDue())
        .setResolutionDue(routed.getResolutionDue())
        .setFirstResponseOverdue(false)
        .setResolutionOverdue(false)
        .setFirstResponseEscalationLevel(0)
        .setResolutionEscalationLevel(0);
    String actor = routed.getRoutedBy() != null ? routed.getRoutedBy() : "system:router";
    return Optional.of(Cases.enter(builder, CaseStatus.ROUTED, routedAt, actor, null, null).build());
  }

  /** Once routed, the case's category is the unit's word (a correction) rather than the classifier's. */
  private static boolean routedBefore(CaseState current) {
    return current != null && current.getStatus() != CaseStatus.RECEIVED && current.getStatus() != CaseStatus.TRIAGE;
  }

  /** The case with the masked content of a classified complaint; a new case if there was none. */
  private static CaseState.Builder withComplaint(CaseState current, ComplaintClassified complaint) {
    CaseState.Builder builder = current != null
        ? CaseState.newBuilder(current)
        : CaseState.newBuilder()
            .setComplaintId(complaint.getComplaintId())
            .setReceivedAt(complaint.getReceivedAt())
            .setEventTime(complaint.getEventTime());
    if (current == null) {
      // the router's output came before intake's record (the topics are read in parallel): the case still
      // starts where every case starts, so its history and metrics do not depend on the order of arrival
      Cases.enter(builder, CaseStatus.RECEIVED, complaint.getReceivedAt(), "system:intake", null, null);
    }
    var location = complaint.getLocation();
    return builder
        .setChannel(complaint.getChannel())
        .setConfidential(builder.getConfidential() || complaint.getConfidential())
        .setCategory(routedBefore(current) && current.getCategory() != null ? current.getCategory() : complaint.getCategory())
        .setUrgency(complaint.getUrgency())
        .setRegionCode(location == null ? null : location.getRegionCode())
        .setMaskedAddress(location == null ? null : location.getAddress())
        .setMaskedTitle(complaint.getMaskedTitle())
        .setMaskedText(complaint.getMaskedText())
        .setDuplicateOf(complaint.getDuplicateOf());
  }
}
