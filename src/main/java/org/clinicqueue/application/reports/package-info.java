/**
 * Analytics and reports (issue 9), as EJBs for supervisors and admins: {@link
 * org.clinicqueue.application.reports.ReportQueries} answers a report for a period and a service, counter or
 * staff member, combining the nightly roll-ups ({@link org.clinicqueue.application.reports.DailySummaryStore})
 * for summarised days with figures computed live from the audit trail ({@link
 * org.clinicqueue.application.reports.VisitHistory}) for the others, today included. The nightly summary is
 * written by {@link org.clinicqueue.application.reports.DailySummaryWriter} from a WildFly timer ({@link
 * org.clinicqueue.application.reports.NightlySummaryTimer}). Appointments kept and missed come through the
 * {@link org.clinicqueue.application.reports.AppointmentFigures} extension point.
 */
package org.clinicqueue.application.reports;
