package id.aduan.text.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.text.SharedData;
import id.aduan.text.classify.LabelledText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledCsvTest {

  @TempDir Path dir;

  @Test
  void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
    Path csv = dir.resolve("a.csv");
    Files.writeString(csv, "id,text,label\r\n1,\"macet, parah \"\"banget\"\"\nsejak pagi\",lalin\n2,,lalin\n3,halte rusak,sarpras\n");
    LabelledCsv data = LabelledCsv.read(csv, "text", "label");
    assertEquals(List.of(new LabelledText("macet, parah \"banget\"\nsejak pagi", "lalin"), new LabelledText("halte rusak", "sarpras")),
        data.rows());
    assertEquals(1, data.skipped());
    assertEquals(64, data.sha256().length());
  }

  @Test
  void readsHeaderlessTsvByColumnNumber() throws IOException {
    Path tsv = dir.resolve("b.tsv");
    Files.writeString(tsv, "bagus sekali\tpositive\njelek\tnegative\n");
    LabelledCsv data = LabelledCsv.read(tsv, "1", "2", LabelledCsv.Format.of(tsv).withHeader(false));
    assertEquals(List.of(new LabelledText("bagus sekali", "positive"), new LabelledText("jelek", "negative")), data.rows());
  }

  @Test
  void namesTheColumnsWhenOneIsMissing() throws IOException {
    Path csv = dir.resolve("c.csv");
    Files.writeString(csv, "isi,kategori\nx,y\n");
    IOException e = assertThrows(IOException.class, () -> LabelledCsv.read(csv, "text", "kategori"));
    assertTrue(e.getMessage().contains("[isi, kategori]"), e.getMessage());
  }

  @Test
  void hashDiffersWhenTheDataDiffers() throws IOException {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    Files.writeString(a, "text,label\nmacet,lalin\n");
    Files.writeString(b, "text,label\nmacet,angkutan\n");
    assertNotEquals(LabelledCsv.read(a, "text", "label").sha256(), LabelledCsv.read(b, "text", "label").sha256());
  }

  @Test
  void readsTheSharedComplaintSets() throws IOException {
    assertEquals(840, LabelledCsv.read(SharedData.file("lapor-bandung/complaints.csv"), "text", "agency").rows().size());
    assertEquals(12_137, LabelledCsv.read(SharedData.file("kai121-tweets/mentions.csv"), "text", "topic").rows().size());
  }
}
