package org.clinicqueue.infrastructure.sms;

import jakarta.enterprise.context.ApplicationScoped;
import org.clinicqueue.application.sms.SmsGateway;
import org.clinicqueue.application.sms.SmsSendResult;

/**
 * The default gateway: "delivering" leaves the message in the outbox, where staff read it in the console
 * ({@code /console/supervisor/sms-outbox.xhtml}, {@code GET /api/staff/sms-outbox}). The demo and the tests
 * need no network and no SMS provider; a hospital without one can still read codes to patients at reception.
 */
@ApplicationScoped
public class OutboxSmsGateway implements SmsGateway {

    public static final String NAME = "outbox";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean keepsCopy() {
        return true;
    }

    @Override
    public SmsSendResult send(long messageId, String phone, String text) {
        return SmsSendResult.delivered("kept in the outbox for staff");
    }
}
