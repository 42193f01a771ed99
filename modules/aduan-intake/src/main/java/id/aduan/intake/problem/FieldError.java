package id.aduan.intake.problem;

/** One bad field of a request: its name as the client sent it (e.g. {@code location.lat}) and why. */
public record FieldError(String field, String detail) {}
