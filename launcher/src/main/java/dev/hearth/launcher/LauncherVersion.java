package dev.hearth.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The project version the launcher was built with: the service jars it runs carry the same one. */
final class LauncherVersion {

    private static final String RESOURCE = "launcher.properties";

    private LauncherVersion() {
    }

    static String get() {
        Properties properties = new Properties();
        try (InputStream in = LauncherVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the launcher's class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return properties.getProperty("version");
    }
}
