package org.clinicqueue.application.sms;

import org.clinicqueue.domain.sms.SmsKind;

/** A message this node took to send now (no other node sends it meanwhile). */
public record SmsClaim(long messageId, String phone, String body, SmsKind kind, int attemptNo) {
}
