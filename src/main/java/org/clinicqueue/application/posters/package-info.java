/** What admins print at the entrance: a join poster for the whole hospital and one per service. */
package org.clinicqueue.application.posters;
