/** Reading the queue: positions, wait estimates, service and counter overviews, a patient's ticket status. */
package org.clinicqueue.application.queries;
