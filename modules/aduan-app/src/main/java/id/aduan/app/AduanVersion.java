package id.aduan.app;

import picocli.CommandLine.IVersionProvider;

/** Reports the version Maven wrote into the jar manifest, so the number lives in one place. */
final class AduanVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Aduan.class.getPackage().getImplementationVersion();
    return new String[] {"aduan " + (version == null ? "(development build)" : version)};
  }
}
