package id.aduan.text.classify;

/**
 * Hashed features of one text before they are reduced to a model's buckets: 32-bit hashes, words first
 * ({@code hashes[0, wordFeatures)}), then character n-grams.
 */
public record RawFeatures(int[] hashes, int wordFeatures) {}
