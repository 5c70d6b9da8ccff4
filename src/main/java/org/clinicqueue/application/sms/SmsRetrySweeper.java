package org.clinicqueue.application.sms;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every few seconds, on every node: hands due retries, messages that found no free sending slot, and
 * messages whose sender died mid-send to the dispatcher. Non-persistent timer: a node that is down does not
 * need to catch up, the other nodes (or this one after its restart) do. Claiming makes sure only one sends.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SmsRetrySweeper {

    private static final Logger LOG = Logger.getLogger(SmsRetrySweeper.class.getName());

    @Inject
    private SmsDeliveryStore store;

    @Inject
    private SmsDispatcher dispatcher;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    public void sweep() {
        try {
            dispatcher.submitAll(store.due(SmsDispatcher.MAX_CONCURRENT_SENDS));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "SMS retry sweep skipped", e);
        }
    }
}
