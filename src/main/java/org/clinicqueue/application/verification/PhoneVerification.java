package org.clinicqueue.application.verification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.clinicqueue.application.issuing.OneTicketPerPhone;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.application.settings.Settings;
import org.clinicqueue.application.sms.SmsDraft;
import org.clinicqueue.application.sms.SmsOutbox;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.NotFoundException;
import org.clinicqueue.domain.TooManyRequestsException;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.queue.PatientDetails;
import org.clinicqueue.domain.settings.SettingKey;
import org.clinicqueue.domain.sms.PhoneMask;
import org.clinicqueue.domain.sms.SmsKind;
import org.clinicqueue.domain.verification.OtpChallenge;
import org.clinicqueue.domain.verification.OtpCheck;
import org.clinicqueue.domain.verification.OtpHasher;
import org.clinicqueue.domain.verification.OtpPolicy;

/**
 * Sends one-time codes and checks them. The code leaves only inside the SMS (queued in the outbox in the same
 * transaction as its hash); it is never returned, stored in clear or logged.
 */
@Stateless
public class PhoneVerification {

    private static final Logger LOG = Logger.getLogger(PhoneVerification.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OneTicketPerPhone oneTicketPerPhone;

    @Inject
    private HospitalClock clock;

    @Inject
    private Settings settings;

    @Inject
    private SmsOutbox outbox;

    /**
     * Sends a new code to the phone for joining the service (which must verify phones and be open). Refused
     * with 429 during the resend cooldown and when the phone had its hourly number of codes; a new code
     * retires the previous one.
     */
    @PermitAll
    public CodeSent requestCode(String serviceCode, String rawPhone, String language) {
        String phone = PatientDetails.normalisePhone(rawPhone);
        if (phone == null) {
            throw new InvalidInputException("invalid-phone", "Enter your mobile number; the code is sent there by SMS.");
        }
        String lang = language == null || !language.strip().matches("[a-zA-Z]{2}") ? "en" : language.strip().toLowerCase(Locale.ROOT);
        Instant now = clock.now();
        ClinicService service = openService(serviceCode, now);
        if (!service.isPhoneVerification()) {
            throw new ConflictException("verification-not-needed", service.getName() + " does not need a code: just join.");
        }
        // Saves an SMS: a phone that already waits in this queue would be refused at joining anyway.
        oneTicketPerPhone.require(service, phone);
        return sendCode(phone, lang, service.getCode(), now);
    }

    /**
     * Sends a new code to the phone for booking an appointment (issue 8): the same code, limits and checks as
     * for joining a queue, without a service that must be open now (people book for another day).
     */
    @PermitAll
    public CodeSent requestCodeForBooking(String rawPhone, String language) {
        String phone = PatientDetails.normalisePhone(rawPhone);
        if (phone == null) {
            throw new InvalidInputException("invalid-phone", "Enter your mobile number; the code is sent there by SMS.");
        }
        String lang = language == null || !language.strip().matches("[a-zA-Z]{2}") ? "en" : language.strip().toLowerCase(Locale.ROOT);
        return sendCode(phone, lang, null, clock.now());
    }

    private CodeSent sendCode(String phone, String lang, String serviceCode, Instant now) {
        lockPhone(phone, now);
        requireCooldownOver(phone, now);
        requireHourlyLimitNotReached(phone, now);

        em.createQuery("update OtpChallenge c set c.usedAt = :now where c.phone = :phone and c.usedAt is null")
                .setParameter("now", now).setParameter("phone", phone).executeUpdate();
        String code = OtpPolicy.newCode(RANDOM);
        String salt = OtpHasher.newSalt(RANDOM);
        OtpChallenge challenge = new OtpChallenge(phone, serviceCode, salt, OtpPepper.hasher().hash(salt, phone, code), now);
        em.persist(challenge);
        outbox.queue(new SmsDraft(SmsKind.VERIFICATION_CODE, phone, lang,
                Map.of("code", code, "validMinutes", String.valueOf(OtpPolicy.VALIDITY.toMinutes())), null, null, null));
        LOG.fine(() -> "Verification code sent to " + PhoneMask.mask(phone) + " for " + (serviceCode == null ? "a booking" : serviceCode));
        int cooldown = settings.get(SettingKey.OTP_RESEND_COOLDOWN_SECONDS);
        return new CodeSent(PhoneMask.mask(phone), challenge.getExpiresAt(), OtpPolicy.VALIDITY.toSeconds(), cooldown);
    }

    /**
     * Checks the code typed for the phone, in a transaction of its own so that a wrong try is counted even
     * though the join that carried it is refused. Does not consume a right code (see {@link PhoneProof}).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CodeCheck check(String rawPhone, String typedCode) {
        String phone = PatientDetails.normalisePhone(rawPhone);
        String code = OtpPolicy.normalise(typedCode)
                .orElseThrow(() -> new InvalidInputException("invalid-code", "Enter the " + OtpPolicy.DIGITS + "-digit code from the SMS."));
        if (phone == null) {
            throw new InvalidInputException("invalid-phone", "Enter your mobile number.");
        }
        List<OtpChallenge> latest = em.createNamedQuery("OtpChallenge.latestForPhone", OtpChallenge.class)
                .setParameter("phone", phone)
                .setMaxResults(1)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (latest.isEmpty()) {
            return new CodeCheck(OtpCheck.NO_CODE, 0, null);
        }
        OtpChallenge challenge = latest.get(0);
        OtpHasher hasher = OtpPepper.hasher();
        Instant now = clock.now();
        if (!challenge.matches(code, hasher) && isReplacedCode(challenge, code, hasher, now)) {
            // The patient typed the previous SMS's code: tell them so, without using up a try of the new one.
            return new CodeCheck(OtpCheck.USED, challenge.triesLeft(), null);
        }
        OtpCheck outcome = challenge.check(code, hasher, now);
        return new CodeCheck(outcome, challenge.triesLeft(),
                outcome == OtpCheck.ACCEPTED ? new PhoneProof(challenge.getId(), phone) : null);
    }

    /** One of this phone's other codes of the last five minutes (at most a handful) matches. */
    private boolean isReplacedCode(OtpChallenge latest, String code, OtpHasher hasher, Instant now) {
        return em.createQuery("select c from OtpChallenge c where c.phone = :phone and c.id <> :latest and c.createdAt > :since",
                        OtpChallenge.class)
                .setParameter("phone", latest.getPhone())
                .setParameter("latest", latest.getId())
                .setParameter("since", now.minus(OtpPolicy.VALIDITY))
                .getResultStream()
                .anyMatch(c -> c.matches(code, hasher));
    }

    private ClinicService openService(String serviceCode, Instant now) {
        if (serviceCode == null || serviceCode.isBlank()) {
            throw new InvalidInputException("invalid-service", "Choose a service.");
        }
        ClinicService service = em.createNamedQuery("ClinicService.findByCode", ClinicService.class)
                .setParameter("code", serviceCode.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst()
                .filter(ClinicService::isActive)
                .orElseThrow(() -> new NotFoundException("There is no service '" + serviceCode + "'."));
        if (!service.isOpenAt(ZonedDateTime.ofInstant(now, clock.zone()))) {
            throw new ConflictException("service-closed", service.getName() + " is closed now (open " + service.hours().describe() + ").");
        }
        return service;
    }

    /** Serialises code requests of one phone (an upsert takes the row's lock at once), so limits cannot race. */
    private void lockPhone(String phone, Instant now) {
        em.createNativeQuery("INSERT INTO otp_phone (phone, last_request_at) VALUES (?1, ?2) "
                        + "ON DUPLICATE KEY UPDATE last_request_at = ?2")
                .setParameter(1, phone)
                .setParameter(2, now)
                .executeUpdate();
    }

    private void requireCooldownOver(String phone, Instant now) {
        Duration cooldown = Duration.ofSeconds(settings.get(SettingKey.OTP_RESEND_COOLDOWN_SECONDS));
        Instant last = em.createNamedQuery("OtpChallenge.latestForPhone", OtpChallenge.class)
                .setParameter("phone", phone)
                .setMaxResults(1)
                .getResultStream().findFirst().map(OtpChallenge::getCreatedAt).orElse(null);
        Duration left = OtpPolicy.cooldownLeft(last, cooldown, now);
        if (!left.isZero()) {
            long seconds = OtpPolicy.seconds(left);
            throw new TooManyRequestsException("otp-cooldown",
                    "A code was just sent. Please wait " + seconds + " seconds before asking for a new one.", Duration.ofSeconds(seconds));
        }
    }

    private void requireHourlyLimitNotReached(String phone, Instant now) {
        int limit = settings.get(SettingKey.OTP_CODES_PER_PHONE_PER_HOUR);
        List<Instant> recent = em.createNamedQuery("OtpChallenge.sentSince", Instant.class)
                .setParameter("phone", phone)
                .setParameter("since", now.minus(OtpPolicy.LIMIT_WINDOW))
                .getResultList();
        Duration wait = OtpPolicy.hourlyLimitWait(recent, limit, now);
        if (!wait.isZero()) {
            long minutes = Math.max(1, (OtpPolicy.seconds(wait) + 59) / 60);
            throw new TooManyRequestsException("otp-hourly-limit", "This phone number has been sent " + limit
                    + " codes in the last hour. Please try again in " + minutes + " minute" + (minutes == 1 ? "" : "s")
                    + ", or ask at reception.", wait);
        }
    }
}
