package org.clinicqueue.application.sms;

/**
 * Where messages leave ClinicQueue. Implementations live in {@code infrastructure.sms}; the one named by
 * {@code clinicqueue.sms.gateway} is used. Called outside any transaction; may take seconds.
 */
public interface SmsGateway {

    /** The name configuration uses and the delivery log records ({@code outbox}, {@code http}). */
    String name();

    /**
     * Whether this gateway is itself where the message is read (the outbox gateway: staff read messages in
     * the console). Only then does a delivered one-time code stay readable in the outbox.
     */
    boolean keepsCopy();

    /** Hands one message over. Must not throw for a delivery failure: it says so in the result. */
    SmsSendResult send(long messageId, String phone, String text);
}
