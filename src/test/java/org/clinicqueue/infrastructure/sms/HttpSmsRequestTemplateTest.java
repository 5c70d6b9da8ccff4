package org.clinicqueue.infrastructure.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpSmsRequestTemplateTest {

    @Test
    void jsonBodiesEscapeTheText() {
        String body = HttpSmsRequestTemplate.body(HttpSmsRequestTemplate.DEFAULT_BODY, "application/json", 42, "+919800000001",
                "Say \"hi\" \\ then\nleave");

        assertThat(body).isEqualTo("{\"to\":\"+919800000001\",\"text\":\"Say \\\"hi\\\" \\\\ then\\nleave\",\"reference\":\"42\"}");
    }

    @Test
    void formBodiesAreUrlEncoded() {
        String body = HttpSmsRequestTemplate.body("to={phone}&msg={text}", "application/x-www-form-urlencoded", 1, "+919800000001",
                "OPD-001: go to Room 1 & wait");

        assertThat(body).isEqualTo("to=%2B919800000001&msg=OPD-001%3A+go+to+Room+1+%26+wait");
    }

    @Test
    void aTextCannotInjectPlaceholders() {
        String body = HttpSmsRequestTemplate.body("{\"text\":\"{text}\",\"to\":\"{phone}\"}", "application/json", 1, "+91", "{phone}");

        assertThat(body).isEqualTo("{\"text\":\"{phone}\",\"to\":\"+91\"}");
    }
}
