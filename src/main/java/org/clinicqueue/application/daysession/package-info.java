/** Closing a service's day session early: waiting tickets end with a reason and numbering restarts. */
package org.clinicqueue.application.daysession;
