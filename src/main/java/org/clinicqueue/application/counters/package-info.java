/** Counter status (available, on break, closed, running late) and the redistribution of a leaving counter's patients. */
package org.clinicqueue.application.counters;
