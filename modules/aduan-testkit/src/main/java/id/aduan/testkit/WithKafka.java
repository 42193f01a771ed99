package id.aduan.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** The test class talks to the shared real Kafka cluster and schema registry (parameters of those types). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({KafkaClusterExtension.class, SchemaRegistryExtension.class})
@Tag("broker")
public @interface WithKafka {}
