/**
 * The SMS gateways: {@link org.clinicqueue.infrastructure.sms.OutboxSmsGateway} (the default: messages stay
 * in the outbox for staff to read, no network) and {@link org.clinicqueue.infrastructure.sms.HttpSmsGateway}
 * (any provider with an HTTP API, configured by URL, credentials and a body template in WildFly's system
 * properties). Choose with {@code clinicqueue.sms.gateway}.
 */
package org.clinicqueue.infrastructure.sms;
