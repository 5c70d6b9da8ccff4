package org.clinicqueue.application.verification;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.verification.OtpPolicy;

/**
 * Applied by issuing, inside its transaction and under the service's lock: a service that verifies phones
 * gives an anonymous caller a ticket only with a fresh, unused code for that very phone, and the code is
 * consumed in the same transaction as the ticket (a rolled-back ticket leaves it usable; two joins with one
 * code cannot both succeed). Staff (reception) issue tickets without codes: they see the patient.
 */
@Dependent
public class VerifiedPhoneRule {

    /** A code accepted just before it expired may still be consumed a moment later. */
    private static final Duration GRACE = Duration.ofSeconds(60);

    @PersistenceContext
    private EntityManager em;

    public void require(ClinicService service, String phone, PhoneProof proof, boolean staff, Instant now) {
        if (!service.isPhoneVerification() || staff) {
            return;
        }
        if (proof == null) {
            throw new InvalidInputException("phone-verification-required", service.getName()
                    + " checks your phone number first: join from the join page, which sends you a code by SMS.");
        }
        consume(phone, proof, now);
    }

    /**
     * Consumes a code the patient typed correctly a moment ago, in the caller's transaction (also used by
     * appointment booking, which always verifies the phone of a public booking).
     */
    public void consume(String phone, PhoneProof proof, Instant now) {
        if (proof == null) {
            throw new InvalidInputException("phone-verification-required", "Confirm your phone number with the code we send by SMS.");
        }
        if (phone == null || !phone.equals(proof.phone())) {
            throw new InvalidInputException("phone-verification-required", "The code was sent to another phone number; ask for a code for this one.");
        }
        int consumed = em.createQuery("update OtpChallenge c set c.usedAt = :now where c.id = :id and c.phone = :phone "
                        + "and c.usedAt is null and c.wrongTries < :maxTries and c.expiresAt > :notBefore")
                .setParameter("now", now)
                .setParameter("id", proof.challengeId())
                .setParameter("phone", phone)
                .setParameter("maxTries", OtpPolicy.MAX_WRONG_TRIES)
                .setParameter("notBefore", now.minus(GRACE))
                .executeUpdate();
        if (consumed == 0) {
            throw new ConflictException("otp-used", "This code has already been used or has expired. Ask for a new code.");
        }
    }
}
