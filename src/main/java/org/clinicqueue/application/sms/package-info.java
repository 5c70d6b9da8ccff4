/**
 * Text messages to patients. Messages are written to the outbox ({@link org.clinicqueue.application.sms.SmsOutbox})
 * inside a transaction and sent only after it committed, from a managed executor and a retry timer
 * ({@link org.clinicqueue.application.sms.SmsDispatcher}), through the configured
 * {@link org.clinicqueue.application.sms.SmsGateway}: a slow or failing gateway never holds a database
 * transaction or a patient's ticket. Queue changes become messages on the node that made them
 * ({@link org.clinicqueue.application.sms.TicketNotifications}), so a cluster sends each message once.
 */
package org.clinicqueue.application.sms;
