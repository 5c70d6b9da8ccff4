package org.clinicqueue.application.verification;

import org.clinicqueue.application.settings.ServerProperty;
import org.clinicqueue.domain.verification.OtpHasher;

/** The hasher with the server's secret pepper ({@code clinicqueue.otp.pepper}), the same on every node. */
final class OtpPepper {

    static final String PROPERTY = "clinicqueue.otp.pepper";

    private OtpPepper() {
    }

    static OtpHasher hasher() {
        return new OtpHasher(ServerProperty.text(PROPERTY, null));
    }
}
