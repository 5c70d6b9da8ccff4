/** Issuing tickets: checking the request, taking the day's next number for the service, and the wait estimate. */
package org.clinicqueue.application.issuing;
