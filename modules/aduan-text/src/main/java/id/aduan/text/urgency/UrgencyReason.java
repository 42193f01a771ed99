package id.aduan.text.urgency;

/**
 * Why a complaint got a level: the rule that matched and the words in the complaint that matched it.
 *
 * @param matched the matched words of each group, joined with " + " ("pohon + tumbang")
 */
public record UrgencyReason(Urgency level, String rule, String matched) {}
