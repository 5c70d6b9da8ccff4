package org.clinicqueue.interfaces.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.clinicqueue.application.reports.SampleReports;
import org.junit.jupiter.api.Test;

class ReportCsvTest {

    @Test
    void startsWithABomAndUsesCrlfAndQuotesAsRfc4180Says() {
        byte[] bytes = ReportCsv.bytes(SampleReports.small());
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = SampleReports.lines(text);

        assertThat(text).endsWith("\r\n").doesNotContain("\r\n\r\n");
        assertThat(lines.get(0)).startsWith("breakdown,key,name,issued,transferred_in,arrivals,called,served,");
        assertThat(lines.get(1)).startsWith("total,2026-03-02/2026-03-02,All services,6,0,6,5,3,1,1,1,0,27,20,60,60,3,60,");
        assertThat(lines).anyMatch(l -> l.startsWith("service,LAB,\"Lab, \"\"tests\"\"\",3,"));
        assertThat(lines).as("Hindi names stay UTF-8").anyMatch(l -> l.startsWith("counter,R2,डॉक्टर कक्ष 2,"));
        assertThat(lines).as("formula-like names are defused").anyMatch(l -> l.startsWith("staff,doctor,'=Dr Rao,"));
        assertThat(lines).anyMatch(l -> l.startsWith("counter,,(not called),1,"));
        assertThat(lines.stream().filter(l -> l.startsWith("hour,"))).hasSize(24);
        assertThat(lines).contains("hour,9,09:00–10:00,,,2,2,,,,,,7.5,,,,,,,,,,,");
        assertThat(lines.stream().filter(l -> l.startsWith("wait_band,"))).hasSize(10);
        assertThat(lines.stream().mapToLong(l -> l.chars().filter(c -> c == ',').count() - quotedCommas(l)).distinct())
                .as("every line has the header's columns").containsExactly(ReportCsv.HEADER.size() - 1L);
    }

    @Test
    void fieldsAreQuotedOnlyWhenNeeded() {
        assertThat(ReportCsv.field("plain")).isEqualTo("plain");
        assertThat(ReportCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(ReportCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ReportCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(ReportCsv.field("-3")).isEqualTo("-3");
        assertThat(ReportCsv.field("+91 98")).isEqualTo("'+91 98");
    }

    private static long quotedCommas(String line) {
        long n = 0;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && quoted) {
                n++;
            }
        }
        return n;
    }
}
