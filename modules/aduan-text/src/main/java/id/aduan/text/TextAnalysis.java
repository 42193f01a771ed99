package id.aduan.text;

import id.aduan.text.classify.Prediction;
import id.aduan.text.pii.MaskedText;
import id.aduan.text.sentiment.SentimentResult;
import id.aduan.text.urgency.UrgencyAssessment;

/**
 * Everything the text engine says about one complaint. Only {@code masked.text()} may travel further
 * than intake; the original text is not kept here.
 *
 * @param normalized the masked text, normalised: what the models read
 */
public record TextAnalysis(
    MaskedText masked, String normalized, Prediction category, UrgencyAssessment urgency, SentimentResult sentiment) {}
