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

/** The console speaks English and Hindi: every text it uses exists in both bundles. */
class MessageBundlesTest {

    private static final Pattern STATIC_KEY = Pattern.compile("msg\\['([A-Za-z0-9.]+)'\\]");

    @Test
    void hindiHasEveryEnglishText() {
        Properties english = bundle("i18n/messages.properties");
        Properties hindi = bundle("i18n/messages_hi.properties");

        assertThat(hindi.stringPropertyNames()).containsAll(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).containsAll(hindi.stringPropertyNames());
    }

    @Test
    void everyKeyAPageNamesExists() throws IOException {
        Properties english = bundle("i18n/messages.properties");
        Set<String> used = new HashSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = STATIC_KEY.matcher(Files.readString(page));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    private static Properties bundle(String resource) {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
