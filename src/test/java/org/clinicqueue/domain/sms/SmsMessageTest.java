package org.clinicqueue.domain.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SmsMessageTest {

    private static final Instant NOW = Instant.parse("2026-03-02T05:00:00Z");

    private SmsMessage message(SmsKind kind, String body) {
        return new SmsMessage("+919800000001", kind, "en", body, null, null, null, NOW);
    }

    @Test
    void onlyOneSenderClaimsAMessageUntilItsLeaseRunsOut() {
        SmsMessage m = message(SmsKind.CALLED, "OPD-001: go to Room 1");

        assertThat(m.claim(NOW, NOW.plusSeconds(30))).isTrue();
        assertThat(m.getStatus()).isEqualTo(SmsStatus.SENDING);
        assertThat(m.claim(NOW.plusSeconds(10), NOW.plusSeconds(40))).as("another node, meanwhile").isFalse();
        assertThat(m.claim(NOW.plusSeconds(31), NOW.plusSeconds(61))).as("the first sender died").isTrue();
        assertThat(m.getAttempts()).isEqualTo(2);
    }

    @Test
    void aFailedAttemptWaitsForItsRetryTime() {
        SmsMessage m = message(SmsKind.CALLED, "x");
        m.claim(NOW, NOW.plusSeconds(30));
        m.failed("http", "HTTP 503", true, NOW.plusSeconds(60));

        assertThat(m.getStatus()).isEqualTo(SmsStatus.PENDING);
        assertThat(m.getLastError()).isEqualTo("HTTP 503");
        assertThat(m.claim(NOW.plusSeconds(59), NOW.plusSeconds(90))).isFalse();
        assertThat(m.claim(NOW.plusSeconds(60), NOW.plusSeconds(90))).isTrue();
    }

    @Test
    void aGivenUpMessageIsNeverClaimedAgainUnlessStaffRetryIt() {
        SmsMessage m = message(SmsKind.CALLED, "x");
        m.claim(NOW, NOW.plusSeconds(30));
        m.failed("http", "HTTP 400", false, null);

        assertThat(m.getStatus()).isEqualTo(SmsStatus.FAILED);
        assertThat(m.claim(NOW.plusSeconds(3600), NOW.plusSeconds(3630))).isFalse();
        m.retryNow(NOW.plusSeconds(3600));
        assertThat(m.claim(NOW.plusSeconds(3600), NOW.plusSeconds(3630))).isTrue();
    }

    @Test
    void aCodeDeliveredByARealGatewayIsRemovedFromTheOutbox() {
        SmsMessage viaProvider = message(SmsKind.VERIFICATION_CODE, "123456 is your code");
        viaProvider.claim(NOW, NOW.plusSeconds(30));
        viaProvider.delivered("http", NOW, false);
        SmsMessage inOutbox = message(SmsKind.VERIFICATION_CODE, "123456 is your code");
        inOutbox.claim(NOW, NOW.plusSeconds(30));
        inOutbox.delivered("outbox", NOW, true);
        SmsMessage notSecret = message(SmsKind.CALLED, "OPD-001: go to Room 1");
        notSecret.claim(NOW, NOW.plusSeconds(30));
        notSecret.delivered("http", NOW, false);

        assertThat(viaProvider.getBody()).isEqualTo(SmsMessage.REDACTED);
        assertThat(inOutbox.getBody()).as("the outbox is where staff read it").contains("123456");
        assertThat(notSecret.getBody()).contains("Room 1");
    }
}
