package org.clinicqueue.domain.appointment;

import java.time.LocalDate;
import org.clinicqueue.domain.InvalidInputException;

/**
 * An exception to the weekly schedule on some dates, as the slot calculation sees it.
 *
 * @param times null for whole days (leave, holidays); the hours of a partial-day leave or an extra session
 */
public record DatedException(ExceptionKind kind, LocalDate firstDate, LocalDate lastDate, TimeRange times) {

    /** Leave and holidays longer than this are refused: probably a typo in the year. */
    public static final int MAX_DAYS = 366;

    public DatedException {
        if (kind == null) {
            throw new InvalidInputException("invalid-exception", "Choose leave, holiday or extra session.");
        }
        if (firstDate == null) {
            throw new InvalidInputException("invalid-exception", "Give the date.");
        }
        lastDate = lastDate == null ? firstDate : lastDate;
        if (lastDate.isBefore(firstDate)) {
            throw new InvalidInputException("invalid-exception", "The last date must not be before the first date.");
        }
        if (firstDate.plusDays(MAX_DAYS).isBefore(lastDate)) {
            throw new InvalidInputException("invalid-exception", "An exception can cover at most " + MAX_DAYS + " days.");
        }
        if (kind == ExceptionKind.EXTRA_SESSION && (times == null || !firstDate.equals(lastDate))) {
            throw new InvalidInputException("invalid-exception", "An extra session is on one date, with a start and an end time.");
        }
        if (kind == ExceptionKind.HOLIDAY && times != null) {
            throw new InvalidInputException("invalid-exception", "A holiday is whole days; for some hours, enter leave.");
        }
        if (times != null && !firstDate.equals(lastDate)) {
            throw new InvalidInputException("invalid-exception", "Leave for some hours is on one date; for several days, leave the times empty.");
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDate) && !date.isAfter(lastDate);
    }

    public boolean isWholeDay() {
        return times == null;
    }
}
