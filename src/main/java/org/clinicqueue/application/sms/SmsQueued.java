package org.clinicqueue.application.sms;

/** A message was written to the outbox; observed after commit to send it at once. */
public record SmsQueued(long messageId) {
}
