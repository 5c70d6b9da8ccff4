package org.clinicqueue.application.reports;

/** A choice for a report filter: a service or counter code, or a username, with its name. */
public record FilterOption(String key, String label) {
}
