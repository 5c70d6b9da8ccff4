package org.clinicqueue.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The reports page speaks English and Hindi: every text it names (in pages and in its bean) is in both bundles. */
class ReportBundleTest {

    private static final Pattern PAGE_KEY = Pattern.compile("rep\\['([A-Za-z0-9.]+)'\\]");
    private static final Pattern BEAN_KEY = Pattern.compile("text\\(\"(reports\\.[A-Za-z0-9.]+)\"\\)");

    @Test
    void everyKeyUsedExistsInEnglishAndHindi() throws IOException {
        Properties english = bundle("i18n/reports.properties");
        Properties hindi = bundle("i18n/reports_hi.properties");
        Set<String> used = new HashSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                collect(PAGE_KEY, Files.readString(page), used);
            }
        }
        collect(BEAN_KEY, Files.readString(Path.of("src/main/java/org/clinicqueue/interfaces/web/ReportsPage.java")), used);

        assertThat(used).hasSizeGreaterThan(30);
        assertThat(english.stringPropertyNames()).containsAll(used);
        assertThat(hindi.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Properties bundle(String resource) {
        try (InputStream in = ReportBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
