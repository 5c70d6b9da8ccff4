/**
 * Carries committed queue changes to every WildFly node through a JMS topic on the server's own Artemis, so
 * a call made on one node reaches the screens connected to all of them.
 */
package org.clinicqueue.infrastructure.messaging;
