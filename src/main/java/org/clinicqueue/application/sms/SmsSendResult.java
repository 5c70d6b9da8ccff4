package org.clinicqueue.application.sms;

/**
 * What a gateway answered.
 *
 * @param retryable whether trying again later may work (network error, 5xx, 429) or not (the provider
 *                  refused the request itself)
 * @param detail    for the delivery log: status code, provider reference or error; never the message text
 */
public record SmsSendResult(boolean delivered, boolean retryable, String detail) {

    public static SmsSendResult delivered(String detail) {
        return new SmsSendResult(true, false, detail);
    }

    public static SmsSendResult retryLater(String detail) {
        return new SmsSendResult(false, true, detail);
    }

    public static SmsSendResult refused(String detail) {
        return new SmsSendResult(false, false, detail);
    }
}
