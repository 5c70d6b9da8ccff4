/**
 * The outpatient queue: services (departments), counters (desks and doctors' rooms), tickets (tokens), and
 * the rules that order, number, estimate and redistribute them.
 */
package org.clinicqueue.domain.queue;
