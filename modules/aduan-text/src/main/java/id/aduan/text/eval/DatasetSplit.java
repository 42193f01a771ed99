package id.aduan.text.eval;

import id.aduan.text.classify.LabelledText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A fixed, stratified train/test split: every label keeps its share in both parts, and the same seed
 * always gives the same split, so published numbers can be reproduced.
 */
public record DatasetSplit(List<LabelledText> train, List<LabelledText> test) {

  public static DatasetSplit stratified(List<LabelledText> rows, double testFraction, long seed) {
    if (testFraction <= 0 || testFraction >= 1) {
      throw new IllegalArgumentException("test fraction must be within (0, 1)");
    }
    Map<String, List<LabelledText>> byLabel = new LinkedHashMap<>();
    for (LabelledText row : rows) {
      byLabel.computeIfAbsent(row.label(), l -> new ArrayList<>()).add(row);
    }
    Random random = new Random(seed);
    List<LabelledText> train = new ArrayList<>();
    List<LabelledText> test = new ArrayList<>();
    byLabel.keySet().stream().sorted().forEach(label -> {
      List<LabelledText> group = new ArrayList<>(byLabel.get(label));
      Collections.shuffle(group, random);
      int testSize = (int) Math.round(group.size() * testFraction);
      if (group.size() > 1) {
        testSize = Math.max(1, Math.min(group.size() - 1, testSize));
      }
      test.addAll(group.subList(0, testSize));
      train.addAll(group.subList(testSize, group.size()));
    });
    Collections.shuffle(train, random);
    Collections.shuffle(test, random);
    return new DatasetSplit(List.copyOf(train), List.copyOf(test));
  }
}
