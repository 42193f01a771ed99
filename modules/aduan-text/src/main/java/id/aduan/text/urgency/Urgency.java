package id.aduan.text.urgency;

/** How soon a complaint needs a person, lowest first so that levels compare by their order. */
public enum Urgency {
  /** A question, information request or thanks: no harm waits on it. */
  LOW,
  /** An ordinary complaint. */
  NORMAL,
  /** Harm is likely soon or abuse by staff is alleged: a working-hours priority. */
  HIGH,
  /** Danger to life now: someone must act at once, day or night. */
  EMERGENCY
}
