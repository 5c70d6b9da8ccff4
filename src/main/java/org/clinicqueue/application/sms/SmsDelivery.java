package org.clinicqueue.application.sms;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Sends one outbox message: claim (short transaction), hand it to the gateway (no transaction: a gateway
 * may take seconds), record the answer (short transaction) with a retry time if it failed.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SmsDelivery {

    @Inject
    private SmsDeliveryStore store;

    @Inject
    private SmsGateways gateways;

    public void deliver(long messageId) {
        Optional<SmsClaim> claimed = store.claim(messageId);
        if (claimed.isEmpty()) {
            return;
        }
        SmsClaim claim = claimed.get();
        Optional<SmsGateway> gateway = gateways.current();
        long started = System.nanoTime();
        SmsSendResult result;
        if (gateway.isEmpty()) {
            result = SmsSendResult.retryLater("no SMS gateway named '" + gateways.configuredName() + "'");
        } else {
            try {
                result = gateway.get().send(claim.messageId(), claim.phone(), claim.body());
            } catch (RuntimeException e) {
                result = SmsSendResult.retryLater(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        store.record(claim, gateway.map(SmsGateway::name).orElse(gateways.configuredName()),
                gateway.map(SmsGateway::keepsCopy).orElse(false), result, millis);
    }
}
