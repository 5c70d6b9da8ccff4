package org.clinicqueue.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.clinicqueue.application.audit.AuditLine;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void writesOneLinePerEventInTheHospitalsTimeZoneWithAByteOrderMark() {
        String csv = AuditCsv.of(List.of(new AuditLine(1L, Instant.parse("2025-03-10T04:30:05Z"), "clerk", "TICKET_CALLED",
                "OPD-007", "Room 1", "OPD", null, null)), ZoneId.of("Asia/Kolkata"));

        assertThat(csv).startsWith("\uFEFF" + AuditCsv.HEADER + "\r\n");
        assertThat(csv).endsWith("2025-03-10 10:00:05,clerk,TICKET_CALLED,OPD-007,Room 1,OPD,,\r\n");
    }

    @Test
    void quotesCommasQuotesAndLineBreaks() {
        assertThat(AuditCsv.cell("Kumar, Ravi")).isEqualTo("\"Kumar, Ravi\"");
        assertThat(AuditCsv.cell("said \"wait\"")).isEqualTo("\"said \"\"wait\"\"\"");
        assertThat(AuditCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(AuditCsv.cell("रवि कुमार")).isEqualTo("रवि कुमार");
    }

    @Test
    void whatASpreadsheetWouldRunAsAFormulaIsKeptAsText() {
        assertThat(AuditCsv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(AuditCsv.cell("+1+2")).isEqualTo("'+1+2");
        assertThat(AuditCsv.cell("-2")).isEqualTo("'-2");
        assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsv.cell("OPD → LAB")).isEqualTo("OPD → LAB");
    }
}
