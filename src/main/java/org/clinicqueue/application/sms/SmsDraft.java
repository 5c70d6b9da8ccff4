package org.clinicqueue.application.sms;

import java.util.Map;
import org.clinicqueue.domain.sms.SmsKind;

/**
 * A message to queue: its kind and language pick the template, the values fill it.
 *
 * @param dedupKey for messages sent at most once per occasion (e.g. {@code issued:42}); null for none
 */
public record SmsDraft(SmsKind kind, String phone, String language, Map<String, String> values, Long ticketId,
                       String ticketNumber, String dedupKey) {
}
