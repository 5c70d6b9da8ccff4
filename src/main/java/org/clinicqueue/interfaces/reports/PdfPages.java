package org.clinicqueue.interfaces.reports;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A4 pages filled from the top down, with the few drawing operations a report needs (text, rectangles,
 * lines, colours) on PDFBox's content streams. Text is written in Helvetica, which covers Latin scripts; a
 * TrueType font with more scripts (Devanagari for Hindi names) can be named with the system property
 * {@code clinicqueue.reports.pdf-font}; characters the font lacks are printed as "?".
 */
final class PdfPages implements AutoCloseable {

    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float MARGIN = 40;

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final Map<Integer, Boolean> encodable = new HashMap<>();
    private PDPageContentStream stream;
    private int pageNumber;
    private final String footer;
    float y;

    PdfPages(PDDocument document, String footer) {
        this.document = document;
        this.footer = footer;
        PDFont custom = customFont(document);
        this.regular = custom != null ? custom : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        this.bold = custom != null ? custom : new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    }

    private static PDFont customFont(PDDocument document) {
        String path = System.getProperty("clinicqueue.reports.pdf-font");
        if (path == null || path.isBlank() || !new File(path).isFile()) {
            return null;
        }
        try {
            return PDType0Font.load(document, new File(path));
        } catch (IOException e) {
            return null;
        }
    }

    void newPage() {
        try {
            closeStream();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            pageNumber++;
            y = HEIGHT - MARGIN;
            text(MARGIN, MARGIN / 2, 7, false, footer, 0.45f);
            textRight(WIDTH - MARGIN, MARGIN / 2, 7, false, "page " + pageNumber, 0.45f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page unless {@code height} points are left above the bottom margin. */
    void need(float height) {
        if (stream == null || y - height < MARGIN) {
            newPage();
        }
    }

    float width(String text, float size, boolean isBold) {
        try {
            return (isBold ? bold : regular).getStringWidth(safe(text, isBold)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void text(float x, float baseline, float size, boolean isBold, String text, float grey) {
        try {
            stream.beginText();
            stream.setNonStrokingColor(grey, grey, grey);
            stream.setFont(isBold ? bold : regular, size);
            stream.newLineAtOffset(x, baseline);
            stream.showText(safe(text, isBold));
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void text(float x, float baseline, float size, boolean isBold, String text) {
        text(x, baseline, size, isBold, text, 0.1f);
    }

    void textRight(float right, float baseline, float size, boolean isBold, String text, float grey) {
        text(right - width(text, size, isBold), baseline, size, isBold, text, grey);
    }

    void textCentred(float centre, float baseline, float size, String text) {
        text(centre - width(text, size, false) / 2, baseline, size, false, text, 0.3f);
    }

    /** Cuts text to fit a width, with an ellipsis. */
    String fit(String text, float size, boolean isBold, float maxWidth) {
        String value = text == null ? "" : text;
        if (width(value, size, isBold) <= maxWidth) {
            return value;
        }
        while (!value.isEmpty() && width(value + "…", size, isBold) > maxWidth) {
            value = value.substring(0, value.length() - 1);
        }
        return value + "…";
    }

    void fillRect(float x, float yBottom, float w, float h, float[] rgb) {
        try {
            stream.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
            stream.addRect(x, yBottom, w, h);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(float x1, float y1, float x2, float y2, float[] rgb, float lineWidth) {
        try {
            stream.setStrokingColor(rgb[0], rgb[1], rgb[2]);
            stream.setLineWidth(lineWidth);
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A polyline through the points; NaN values break it. */
    void polyline(float[] xs, float[] ys, float[] rgb, float lineWidth) {
        try {
            stream.setStrokingColor(rgb[0], rgb[1], rgb[2]);
            stream.setLineWidth(lineWidth);
            boolean drawing = false;
            for (int i = 0; i < xs.length; i++) {
                if (Float.isNaN(ys[i])) {
                    drawing = false;
                    continue;
                }
                if (drawing) {
                    stream.lineTo(xs[i], ys[i]);
                } else {
                    stream.moveTo(xs[i], ys[i]);
                    drawing = true;
                }
            }
            stream.stroke();
            stream.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
            for (int i = 0; i < xs.length; i++) {
                if (!Float.isNaN(ys[i])) {
                    stream.addRect(xs[i] - 1.5f, ys[i] - 1.5f, 3, 3);
                }
            }
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with characters the font cannot draw replaced by "?", so one Hindi name does not fail the PDF. */
    String safe(String text, boolean isBold) {
        if (text == null) {
            return "";
        }
        PDFont font = isBold ? bold : regular;
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean ok = encodable.computeIfAbsent(cp * 2 + (isBold ? 1 : 0), k -> canEncode(font, cp));
            out.appendCodePoint(ok ? cp : '?');
        });
        return out.toString();
    }

    private static boolean canEncode(PDFont font, int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return false;
        }
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    @Override
    public void close() {
        try {
            closeStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
