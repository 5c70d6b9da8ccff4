package org.clinicqueue.interfaces.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clinicqueue.application.reports.SampleReports;
import org.junit.jupiter.api.Test;

class ReportPdfTest {

    @Test
    void aReadablePdfWithTheFiguresChartsAndTables() throws Exception {
        byte[] pdf = ReportPdf.bytes(SampleReports.small());
        Path file = Path.of("target", "report-sample.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isBetween(2, 4);
            assertThat(document.getDocumentInformation().getTitle()).contains("2026-03-02");
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Patient queue report", "All services, 2026-03-02", "Arrivals and waits by hour of the day",
                    "Waiting-time distribution", "Patients served per counter", "Trend by day", "By service", "By counter",
                    "By staff member", "General OPD", "Room 1", "=Dr Rao", "27 min", "60 %", "Appointments kept and missed: not available");
            assertThat(text).as("Devanagari without a font for it becomes '?', not an error").contains("????");
        }
    }
}
