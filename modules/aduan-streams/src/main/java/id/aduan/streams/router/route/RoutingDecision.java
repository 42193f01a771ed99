package id.aduan.streams.router.route;

import id.aduan.event.ComplaintClassified;
import id.aduan.event.ComplaintRouted;

/** Where a complaint goes: to a unit, or to the people who route by hand, with the reason why. */
public sealed interface RoutingDecision {
  String complaintId();

  record Routed(ComplaintRouted complaint) implements RoutingDecision {
    @Override
    public String complaintId() {
      return complaint.getComplaintId();
    }
  }

  record Triage(ComplaintClassified complaint, String reason) implements RoutingDecision {
    @Override
    public String complaintId() {
      return complaint.getComplaintId();
    }
  }
}
