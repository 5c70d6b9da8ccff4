package org.clinicqueue.domain.sms;

/** A phone number as it may be shown to the person who typed it, or written in a log: the last 3 digits only. */
public final class PhoneMask {

    private PhoneMask() {
    }

    public static String mask(String phone) {
        if (phone == null || phone.length() <= 3) {
            return "***";
        }
        return "*".repeat(phone.length() - 3) + phone.substring(phone.length() - 3);
    }
}
