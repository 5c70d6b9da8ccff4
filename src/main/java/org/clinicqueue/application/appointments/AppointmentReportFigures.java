package org.clinicqueue.application.appointments;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.clinicqueue.application.reports.AppointmentFigures;
import org.clinicqueue.application.reports.AppointmentSummary;
import org.clinicqueue.domain.appointment.AppointmentStatus;
import org.clinicqueue.domain.reports.ReportPeriod;

/**
 * The reports' "appointments kept and missed", from the appointments' own records: appointments whose slot is
 * on a day of the report's period (hospital dates) and in its scope (the service; a counter is the doctor's
 * room; a staff member is the doctor's account). Kept: the patient checked in. Missed: marked a no-show.
 * Cancelled appointments are neither, and bookings still ahead are not counted until they are decided.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class AppointmentReportFigures implements AppointmentFigures {

    @PersistenceContext
    private EntityManager em;

    @Override
    public AppointmentSummary summarize(ReportPeriod period, Long serviceId, Long counterId, String staff) {
        return new AppointmentSummary(true, count(AppointmentStatus.CHECKED_IN, period, serviceId, counterId, staff),
                count(AppointmentStatus.NO_SHOW, period, serviceId, counterId, staff), null);
    }

    private long count(AppointmentStatus status, ReportPeriod period, Long serviceId, Long counterId, String staff) {
        StringBuilder jpql = new StringBuilder("select count(a) from Appointment a where a.status = :status "
                + "and a.slotDate between :from and :to");
        if (serviceId != null) {
            jpql.append(" and a.service.id = :service");
        }
        if (counterId != null) {
            jpql.append(" and a.doctor.room.id = :counter");
        }
        if (staff != null) {
            jpql.append(" and a.doctor.account.username = :staff");
        }
        TypedQuery<Long> query = em.createQuery(jpql.toString(), Long.class)
                .setParameter("status", status)
                .setParameter("from", period.from())
                .setParameter("to", period.to());
        if (serviceId != null) {
            query.setParameter("service", serviceId);
        }
        if (counterId != null) {
            query.setParameter("counter", counterId);
        }
        if (staff != null) {
            query.setParameter("staff", staff);
        }
        return query.getSingleResult();
    }
}
