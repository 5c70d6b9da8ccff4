package org.clinicqueue.interfaces.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven built, from the filtered {@code clinicqueue-build.properties}. */
final class BuildInfo {

    private static final String VERSION = load();

    private BuildInfo() {
    }

    static String version() {
        return VERSION;
    }

    private static String load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/clinicqueue-build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
