package id.aduan.text.classify;

/**
 * Feature indices with their values, the shape every learner here consumes. An index may occur more than
 * once (a bucket hit by a word and by a character n-gram); linear models simply add both.
 */
public record SparseVector(int[] indices, float[] values) {

  public int size() {
    return indices.length;
  }
}
