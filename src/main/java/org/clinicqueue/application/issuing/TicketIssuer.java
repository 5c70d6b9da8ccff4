package org.clinicqueue.application.issuing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Logger;
import org.clinicqueue.application.queries.QueueQueries;
import org.clinicqueue.application.queries.TicketStatusView;
import org.clinicqueue.application.verification.PhoneProof;
import org.clinicqueue.infrastructure.persistence.TransientDatabaseFailure;

/**
 * Issues tickets: for reception, kiosks, patients' phones and checked-in appointments.
 *
 * <p>The work happens in {@link TicketIssuingTransaction}, one transaction per attempt. This façade runs
 * outside it so that when the database picks the transaction as a deadlock victim or a lock wait times out
 * (rare, but possible when many patients join at the same instant), it can simply run it again: the caller
 * never sees the retry. When the caller already has a transaction (an appointment check-in), the ticket joins
 * it and a failure goes back to the caller, whose whole transaction must be retried.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TicketIssuer {

    static final int MAX_ATTEMPTS = 5;
    private static final Logger LOG = Logger.getLogger(TicketIssuer.class.getName());

    @Inject
    private TicketIssuingTransaction transaction;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private QueueQueries queries;

    /** Read after the issuing transaction, so the service's lock is not held while the queue is counted. */
    private IssuedTicket withEstimate(IssuedTicket issued) {
        TicketStatusView status = queries.ticketStatus(issued.trackingId());
        return issued.withEstimate(status.peopleAhead(), status.estimatedWaitMinutes(), status.servicePaused());
    }

    public IssuedTicket issue(IssueTicketRequest request) {
        return issue(request, null);
    }

    /**
     * @param phoneProof a one-time code the patient just typed correctly, for services that verify phones
     *                   (see {@link org.clinicqueue.application.verification.VerifiedPhoneRule}); null otherwise
     */
    public IssuedTicket issue(IssueTicketRequest request, PhoneProof phoneProof) {
        return withEstimate(issueOnce(request, phoneProof));
    }

    private IssuedTicket issueOnce(IssueTicketRequest request, PhoneProof phoneProof) {
        if (transactions.getTransactionKey() != null) {
            return transaction.issue(request, phoneProof);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.issue(request, phoneProof);
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !TransientDatabaseFailure.isRetryable(e)) {
                    throw e;
                }
                int tried = attempt;
                LOG.fine(() -> "Issuing retried after a transient database failure (attempt " + tried + "): " + e);
                TransientDatabaseFailure.pause(attempt);
            }
        }
    }
}
