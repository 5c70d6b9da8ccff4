package org.clinicqueue.application.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Feedback results for supervisors: per service, then the latest ratings with their comments. */
public record FeedbackReport(LocalDate from, LocalDate to, long count, double averageRating, List<ServiceResult> services,
                             List<Entry> latest) {

    /** @param ratings how many visits got 1, 2, 3, 4 and 5 (index 0 is rating 1) */
    public record ServiceResult(String serviceCode, String serviceName, long count, double averageRating, List<Long> ratings) {
    }

    /** One rating; by ticket number only (no names or phones). */
    public record Entry(Instant submittedAt, String serviceCode, String ticketNumber, int rating, String comment) {
    }
}
