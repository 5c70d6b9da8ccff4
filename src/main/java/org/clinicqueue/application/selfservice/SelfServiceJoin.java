package org.clinicqueue.application.selfservice;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clinicqueue.application.issuing.IssueTicketRequest;
import org.clinicqueue.application.issuing.IssuedTicket;
import org.clinicqueue.application.issuing.TicketIssuer;
import org.clinicqueue.application.queries.QueueQueries;
import org.clinicqueue.application.verification.CodeCheck;
import org.clinicqueue.application.verification.PhoneProof;
import org.clinicqueue.application.verification.PhoneVerification;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.NotFoundException;
import org.clinicqueue.domain.queue.Channel;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.queue.PatientDetails;
import org.clinicqueue.domain.verification.OtpPolicy;

/**
 * Joining a queue from the patient's own phone. Runs outside a transaction on purpose: checking the code
 * commits by itself (a wrong try must count even though the join is refused), then the ticket is issued by
 * {@link TicketIssuer} in its own transaction, which consumes the code together with creating the ticket.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SelfServiceJoin {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private QueueQueries queries;

    @Inject
    private PhoneVerification verification;

    @Inject
    private TicketIssuer issuer;

    /** Only services open now, with their wait (what the join page offers). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<JoinableService> services() {
        Set<String> verifying = new HashSet<>(em.createQuery(
                "select s.code from ClinicService s where s.active = true and s.phoneVerification = true", String.class).getResultList());
        return queries.services().stream()
                .filter(s -> s.open())
                .map(s -> new JoinableService(s.code(), s.name(), s.waiting(), s.estimatedWaitMinutes(), s.paused(),
                        s.openingHours(), verifying.contains(s.code())))
                .toList();
    }

    /** The phone is required here (it is how the patient is reached, and what anti-hoarding counts). */
    public IssuedTicket join(JoinRequest request) {
        if (request == null) {
            throw new InvalidInputException("Send serviceCode, patientName, phone and language (and the code if one was sent).");
        }
        PatientDetails patient = PatientDetails.of(request.patientName(), request.phone(), request.language());
        if (patient.phone() == null) {
            throw new InvalidInputException("phone-required", "Enter your mobile number: it is how we tell you when your turn comes.");
        }
        PhoneProof proof = needsCode(request.serviceCode()) ? verify(patient.phone(), request.code()) : null;
        return issuer.issue(IssueTicketRequest.walkIn(request.serviceCode(), patient.name(), patient.phone(), patient.language(),
                Channel.PHONE), proof);
    }

    private boolean needsCode(String serviceCode) {
        if (serviceCode == null || serviceCode.isBlank()) {
            throw new InvalidInputException("invalid-service", "Choose a service.");
        }
        return em.createNamedQuery("ClinicService.findByCode", ClinicService.class)
                .setParameter("code", serviceCode.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst()
                .map(ClinicService::isPhoneVerification)
                .orElseThrow(() -> new NotFoundException("There is no service '" + serviceCode + "'."));
    }

    /** Turns the outcome of checking the code into the message the patient reads. */
    private PhoneProof verify(String phone, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("code-required", "Enter the " + OtpPolicy.DIGITS + "-digit code we sent to your phone by SMS.");
        }
        return verification.check(phone, code).requireProof();
    }
}
