package id.aduan.testkit;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one instance of a real component per test JVM, on first use, and keeps it in the root context
 * store so JUnit closes it after the last test. Tests receive it as a constructor or method parameter.
 */
abstract class SharedResourceExtension<T extends AutoCloseable> implements ParameterResolver {
  private final Class<T> type;
  private final Supplier<T> starter;

  SharedResourceExtension(Class<T> type, Supplier<T> starter) {
    this.type = type;
    this.starter = starter;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType().equals(type);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return shared(context);
  }

  T shared(ExtensionContext context) {
    ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(getClass()));
    return store.getOrComputeIfAbsent(type.getName(), key -> starter.get(), type);
  }
}
