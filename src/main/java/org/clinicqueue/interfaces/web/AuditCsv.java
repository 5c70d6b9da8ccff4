package org.clinicqueue.interfaces.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import org.clinicqueue.application.audit.AuditLine;

/**
 * The audit export as CSV (RFC 4180, comma-separated, UTF-8 with a byte-order mark so spreadsheet programs
 * show Hindi names correctly). Times are in the hospital's time zone.
 *
 * <p>Patients type their own names on the public join page, and reasons are free text, so every cell that a
 * spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage return) is prefixed with an
 * apostrophe: opening the export must never run what a patient typed.
 */
public final class AuditCsv {

    static final String HEADER = "time,staff,action,ticket,counter,service,details,reason";
    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AuditCsv() {
    }

    public static String of(List<AuditLine> lines, ZoneId zone) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (AuditLine l : lines) {
            csv.append(cell(TIME.format(l.occurredAt().atZone(zone)))).append(',')
                    .append(cell(l.actor())).append(',')
                    .append(cell(l.action())).append(',')
                    .append(cell(l.ticketNumber())).append(',')
                    .append(cell(l.counterName())).append(',')
                    .append(cell(l.serviceCode())).append(',')
                    .append(cell(l.details())).append(',')
                    .append(cell(l.reason())).append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = FORMULA_START.matcher(value).matches() ? "'" + value : value;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
