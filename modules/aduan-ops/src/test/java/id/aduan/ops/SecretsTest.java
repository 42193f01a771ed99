package id.aduan.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsTest {

  @Test
  void everyKindOfSecretIsHiddenAndOrdinarySettingsAreShown() {
    Map<String, Object> settings = new HashMap<>();
    settings.put("sasl.jaas.config", "PlainLoginModule required username=\"u\" password=\"p1\";");
    settings.put("basic.auth.user.info", "user:p2");
    settings.put("ssl.keystore.password", "p3");
    settings.put("intake.social.x.consumer.secret", "p4");
    settings.put("intake.open311.api.keys", "k1,k2");
    settings.put("intake.social.meta.verify.token", "t1");
    settings.put("aws.credentials", "c1");
    settings.put("intake.sms.secret", "");
    settings.put("bootstrap.servers", "broker:9092");
    settings.put("intake.port", 8080);
    Map<String, String> shown = Secrets.redacted(settings);
    for (String key : new String[] {"sasl.jaas.config", "basic.auth.user.info", "ssl.keystore.password",
        "intake.social.x.consumer.secret", "intake.open311.api.keys", "intake.social.meta.verify.token", "aws.credentials"}) {
      assertEquals(Secrets.HIDDEN, shown.get(key), key);
    }
    assertEquals("", shown.get("intake.sms.secret"), "an unset secret shows as unset");
    assertEquals("broker:9092", shown.get("bootstrap.servers"));
    assertEquals("8080", shown.get("intake.port"));
    assertFalse(shown.toString().contains("p1"));
  }

  @Test
  void namesAreMatchedWhateverTheirCase() {
    assertTrue(Secrets.isSecret("SASL.JAAS.CONFIG"));
    assertTrue(Secrets.isSecret("router.contact.key.secret"));
    assertFalse(Secrets.isSecret("security.protocol"));
    assertFalse(Secrets.isSecret("basic.auth.credentials.source"));
  }
}
