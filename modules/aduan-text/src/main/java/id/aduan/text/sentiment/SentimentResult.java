package id.aduan.text.sentiment;

/** A sentiment with the calibrated probability the model gave it. */
public record SentimentResult(Sentiment sentiment, double confidence) {}
