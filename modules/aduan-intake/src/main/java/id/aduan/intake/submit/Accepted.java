package id.aduan.intake.submit;

import java.time.Instant;

/**
 * What the citizen is told once the broker has the complaint. {@code repeated} is true when the message
 * had been received before and the earlier complaint is answered again.
 */
public record Accepted(String complaintId, String trackingCode, Instant receivedAt, boolean repeated) {}
