package id.aduan.console.act;

import id.aduan.console.auth.Principal;
import id.aduan.console.read.CaseBook;
import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.CaseUpdate;
import id.aduan.event.Channel;
import id.aduan.event.ComplaintClassified;
import id.aduan.event.LabelledExample;
import java.time.Clock;
import java.time.Instant;

/**
 * Turns what a person chose into a {@link CaseUpdate}, after the checks the console can make itself (who
 * may act on the case, which action fits its status, the fields each action needs), and publishes it. The
 * same checks serve the pages and the JSON API. The tracker applies the update, or refuses it to its
 * dead-letter topic if the case changed in between.
 */
public final class CaseActions {
  /** The unit id of updates made from the triage desk, for a case that has no unit yet. */
  static final String TRIAGE_DESK = "triage";

  private final CaseBook book;
  private final CasePublisher publisher;
  private final Clock clock;

  public CaseActions(CaseBook book, CasePublisher publisher, Clock clock) {
    this.book = book;
    this.publisher = publisher;
    this.clock = clock;
  }

  /** A unit's action on its own case; returns the update id to wait for. */
  public String act(Principal who, String complaintId, UnitAction action, String note, String internalNote, String target) {
    CaseState state = book.visibleCase(who, complaintId).orElseThrow(() -> Refused.notFound(complaintId));
    if (!who.ofUnit(state.getUnitId())) {
      throw new Refused(403, "Only unit " + state.getUnitId() + " acts on this case");
    }
    if (!action.allowedFrom(state.getStatus())) {
      throw new Refused(409, "A case in status " + state.getStatus() + " cannot be set to " + action.status());
    }
    note = trimmed(note);
    internalNote = trimmed(internalNote);
    if (action.noteRequired() && note == null) {
      throw new Refused(400, action == UnitAction.REJECT ? "A rejection needs a reason" : "A resolution needs a reply to the citizen");
    }
    target = trimmed(target);
    if (action == UnitAction.TRANSFER) {
      checkTarget(target, state.getUnitId());
    } else {
      target = null;
    }
    CaseUpdate update = update(complaintId, state.getUnitId(), action.status(), who.actor())
        .setNote(note).setInternalNote(internalNote).setTargetUnitId(target).build();
    publisher.publish(update);
    return update.getUpdateId();
  }

  /**
   * The triage desk routes a waiting complaint: a ROUTED update to the chosen unit with the chosen category
   * (as {@code correctedCategory} when it differs from the classifier's), and the label.
   */
  public String route(Principal who, String complaintId, String category, String target) {
    requireAdmin(who);
    CaseState state = book.visibleCase(who, complaintId).orElseThrow(() -> Refused.notFound(complaintId));
    if (state.getStatus() != CaseStatus.TRIAGE) {
      throw new Refused(409, "Case " + complaintId + " is " + state.getStatus() + ", not waiting in triage");
    }
    category = requireCategory(category);
    target = trimmed(target);
    checkTarget(target, null);
    ComplaintClassified complaint = book.triageComplaint(complaintId).orElse(null);
    String before = complaint != null ? complaint.getCategory() : state.getCategory();
    CaseUpdate update = update(complaintId, TRIAGE_DESK, CaseStatus.ROUTED, who.actor())
        .setTargetUnitId(target).setCorrectedCategory(category.equals(before) ? null : category).build();
    publisher.publish(update, label(who, state, category, before));
    return update.getUpdateId();
  }

  /**
   * An admin corrects the category of a routed case. With another unit it is a transfer carrying the
   * correction; with the same unit the tracker has no update that changes only the category, so only the
   * label is published and the case keeps its category (returns null then).
   */
  public String correct(Principal who, String complaintId, String category, String target) {
    requireAdmin(who);
    CaseState state = book.visibleCase(who, complaintId).orElseThrow(() -> Refused.notFound(complaintId));
    if (state.getUnitId() == null || !UnitAction.TRANSFER.allowedFrom(state.getStatus())) {
      throw new Refused(409, "Case " + complaintId + " is " + state.getStatus() + ": its category can no longer be corrected");
    }
    category = requireCategory(category);
    target = trimmed(target);
    LabelledExample label = label(who, state, category, state.getCategory());
    if (target == null || target.equals(state.getUnitId())) {
      if (label == null) {
        throw new Refused(409, "A confidential complaint gives no training example");
      }
      publisher.publish(null, label);
      return null;
    }
    checkTarget(target, state.getUnitId());
    CaseUpdate update = update(complaintId, state.getUnitId(), CaseStatus.TRANSFERRED, who.actor())
        .setTargetUnitId(target).setCorrectedCategory(category.equals(state.getCategory()) ? null : category).build();
    publisher.publish(update, label);
    return update.getUpdateId();
  }

  /** The masked text and its new label; none for a confidential complaint, whose text stays with its unit. */
  private LabelledExample label(Principal who, CaseState state, String category, String before) {
    if (state.getConfidential() || state.getMaskedText() == null) {
      return null;
    }
    return LabelledExample.newBuilder().setComplaintId(state.getComplaintId()).setEventTime(clock.instant())
        .setMaskedText(state.getMaskedText()).setCategory(category).setPreviousCategory(before)
        .setLabelledBy(who.actor()).build();
  }

  private CaseUpdate.Builder update(String complaintId, String unitId, CaseStatus status, String actor) {
    Instant now = clock.instant();
    return CaseUpdate.newBuilder().setComplaintId(complaintId).setEventTime(now)
        .setUpdateId(UpdateIds.next(now.toEpochMilli())).setUnitId(unitId).setStatus(status).setActor(actor)
        .setChannel(Channel.WEB);
  }

  private void checkTarget(String target, String current) {
    if (target == null) {
      throw new Refused(400, "Choose the unit the case goes to");
    }
    if (book.unit(target).isEmpty()) {
      throw new Refused(400, "There is no unit " + target);
    }
    if (target.equals(current)) {
      throw new Refused(400, "The case is already with " + target);
    }
  }

  private static void requireAdmin(Principal who) {
    if (!who.admin()) {
      throw new Refused(403, "Only the triage desk routes complaints and corrects categories");
    }
  }

  private static String requireCategory(String category) {
    category = trimmed(category);
    if (category == null || category.length() > 100 || !category.matches("[\\p{L}\\p{N}_ -]+")) {
      throw new Refused(400, "Choose a category");
    }
    return category;
  }

  private static String trimmed(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    if (t.length() > UnitAction.MAX_NOTE) {
      throw new Refused(400, "A note may have at most " + UnitAction.MAX_NOTE + " characters");
    }
    return t;
  }
}
