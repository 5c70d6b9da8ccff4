package org.clinicqueue.domain.sms;

/** Where an outbox message is: waiting to be (re)tried, being sent by one node now, delivered, or given up. */
public enum SmsStatus {
    PENDING, SENDING, SENT, FAILED
}
