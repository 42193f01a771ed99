package id.aduan.text.pii;

import java.util.List;

/** One kind of personal data and how to find it. */
interface PiiRule {
  void find(ScannedText text, List<PiiFinding> out);
}
