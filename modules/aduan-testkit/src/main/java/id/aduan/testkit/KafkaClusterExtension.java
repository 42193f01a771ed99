package id.aduan.testkit;

/** Gives tests the JVM's shared single-broker {@link KafkaCluster}. */
public final class KafkaClusterExtension extends SharedResourceExtension<KafkaCluster> {
  public KafkaClusterExtension() {
    super(KafkaCluster.class, () -> KafkaCluster.start(1));
  }
}
