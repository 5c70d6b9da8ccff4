/**
 * What happened in the queue: each change writes its audit line and announces itself as a CDI event that
 * observers receive only after the transaction commits (displays, consoles, phones, other nodes).
 */
package org.clinicqueue.application.history;
