/** Reading the audit trail: the filtered, paged audit view, its CSV export, and one ticket's history. */
package org.clinicqueue.application.audit;
