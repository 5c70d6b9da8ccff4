package org.clinicqueue.application.reports;

/**
 * One line of a breakdown: a service, counter or staff member.
 *
 * @param key   the code or username; null for the line of visits never called (no counter, no staff)
 * @param label the name people read
 */
public record GroupFigures(String key, String label, Figures figures) {
}
