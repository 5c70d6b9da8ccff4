package org.clinicqueue.domain.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.time.Instant;
import java.util.regex.Pattern;
import org.clinicqueue.domain.InvalidInputException;

/**
 * A patient's rating of one completed visit. One per ticket (the database's unique key backs this up); it
 * keeps the service and ticket number so supervisors read results without patient names or phones.
 */
@Entity
@Table(name = "visit_feedback")
@NamedQuery(name = "VisitFeedback.forTicket", query = "select f from VisitFeedback f where f.ticketId = :ticketId")
public class VisitFeedback {

    public static final int MAX_COMMENT_LENGTH = 1000;
    /** Line breaks are fine in a comment; other control and invisible direction characters are not. */
    private static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id", nullable = false, unique = true)
    private Long ticketId;

    @Column(name = "service_id", nullable = false)
    private Long serviceId;

    @Column(name = "service_code", nullable = false, length = 10)
    private String serviceCode;

    @Column(name = "ticket_number", nullable = false, length = 20)
    private String ticketNumber;

    @Column(nullable = false)
    private int rating;

    @Column(name = "comment_text", length = MAX_COMMENT_LENGTH)
    private String comment;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected VisitFeedback() {
    }

    public VisitFeedback(Long ticketId, Long serviceId, String serviceCode, String ticketNumber, Integer rating, String comment,
                         Instant now) {
        this.ticketId = ticketId;
        this.serviceId = serviceId;
        this.serviceCode = serviceCode;
        this.ticketNumber = ticketNumber;
        this.rating = checkRating(rating);
        this.comment = checkComment(comment);
        this.submittedAt = now;
    }

    static int checkRating(Integer rating) {
        if (rating == null || rating < 1 || rating > 5) {
            throw new InvalidInputException("invalid-rating", "Choose a rating from 1 (poor) to 5 (excellent).");
        }
        return rating;
    }

    static String checkComment(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String comment = Normalizer.normalize(raw, Normalizer.Form.NFC).strip().replace("\r\n", "\n");
        if (FORBIDDEN.matcher(comment).find()) {
            throw new InvalidInputException("invalid-comment", "The comment contains invisible or control characters; please type it again.");
        }
        if (comment.codePointCount(0, comment.length()) > MAX_COMMENT_LENGTH) {
            throw new InvalidInputException("invalid-comment", "The comment must not be longer than " + MAX_COMMENT_LENGTH + " characters.");
        }
        return comment;
    }

    public Long getId() {
        return id;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public int getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
