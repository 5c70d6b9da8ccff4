/** Administration of the services (departments) and counters (desks, doctors' rooms) the queue runs on. */
package org.clinicqueue.application.catalog;
