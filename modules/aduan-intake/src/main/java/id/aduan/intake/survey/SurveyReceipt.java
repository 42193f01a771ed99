package id.aduan.intake.survey;

/** The answer to a recorded survey: its response id, and whether it repeats an earlier request. */
public record SurveyReceipt(String responseId, String complaintId, boolean repeated) {}
