/** Moving, re-prioritising and cancelling tickets: transfers between services and counters, priority changes, cancellations. */
package org.clinicqueue.application.transfers;
