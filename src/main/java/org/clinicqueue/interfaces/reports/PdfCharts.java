package org.clinicqueue.interfaces.reports;

import java.util.List;
import java.util.Locale;

/**
 * Charts drawn with PDF vector graphics (no chart library): vertical bars with an optional line on a second
 * axis, and horizontal bars. Each draws its title, axes with rounded grid values and a legend, from the top
 * of the space the pages have left.
 */
final class PdfCharts {

    static final float[] BLUE = {0.18f, 0.42f, 0.72f};
    static final float[] ORANGE = {0.90f, 0.45f, 0.10f};
    static final float[] GRID = {0.85f, 0.85f, 0.85f};
    static final float[] AXIS = {0.4f, 0.4f, 0.4f};

    private final PdfPages pages;

    PdfCharts(PdfPages pages) {
        this.pages = pages;
    }

    /**
     * @param line   values for a line on the right axis (NaN where there is none), or null
     */
    void bars(String title, List<String> labels, double[] bars, String barLegend, double[] line, String lineLegend, float height) {
        pages.need(height + 30);
        float top = pages.y;
        pages.text(PdfPages.MARGIN, top - 12, 11, true, title);
        float left = PdfPages.MARGIN + 34;
        float right = PdfPages.WIDTH - PdfPages.MARGIN - (line == null ? 4 : 34);
        float bottom = top - height + 24;
        float plotTop = top - 40;
        legend(top - 26, barLegend, BLUE, line == null ? null : lineLegend);
        double barMax = niceMax(max(bars));
        grid(left, right, bottom, plotTop, barMax, true);
        if (line != null) {
            double lineMax = niceMax(max(line));
            for (int i = 0; i <= 4; i++) {
                float gy = bottom + (plotTop - bottom) * i / 4;
                pages.text(right + 4, gy - 3, 7, false, format(lineMax * i / 4), 0.45f);
            }
            float[] xs = new float[line.length];
            float[] ys = new float[line.length];
            float slot = (right - left) / Math.max(1, line.length);
            for (int i = 0; i < line.length; i++) {
                xs[i] = left + slot * (i + 0.5f);
                ys[i] = Double.isNaN(line[i]) ? Float.NaN : (float) (bottom + (plotTop - bottom) * line[i] / lineMax);
            }
            drawBars(labels, bars, left, right, bottom, plotTop, barMax);
            pages.polyline(xs, ys, ORANGE, 1.5f);
        } else {
            drawBars(labels, bars, left, right, bottom, plotTop, barMax);
        }
        pages.line(left, bottom, right, bottom, AXIS, 0.8f);
        pages.y = top - height - 12;
    }

    private void drawBars(List<String> labels, double[] bars, float left, float right, float bottom, float plotTop, double max) {
        float slot = (right - left) / Math.max(1, bars.length);
        float labelEvery = Math.max(1, (float) Math.ceil(labels.size() / ((right - left) / 28f)));
        for (int i = 0; i < bars.length; i++) {
            float h = (float) ((plotTop - bottom) * bars[i] / max);
            if (h > 0) {
                pages.fillRect(left + slot * i + slot * 0.15f, bottom, slot * 0.7f, h, BLUE);
            }
            if (i % (int) labelEvery == 0) {
                pages.textCentred(left + slot * (i + 0.5f), bottom - 10, 6.5f, labels.get(i));
            }
        }
    }

    /** Horizontal bars, one line per label (the longest lists are cut to {@code maxRows}). */
    void horizontalBars(String title, List<String> labels, double[] values, String legend, int maxRows) {
        int rows = Math.min(maxRows, labels.size());
        float rowHeight = 14;
        float height = 44 + rows * rowHeight;
        pages.need(height + 20);
        float top = pages.y;
        pages.text(PdfPages.MARGIN, top - 12, 11, true, title);
        legend(top - 26, legend, BLUE, null);
        float labelWidth = 150;
        float left = PdfPages.MARGIN + labelWidth;
        float right = PdfPages.WIDTH - PdfPages.MARGIN - 40;
        double max = niceMax(max(values));
        float y = top - 44;
        for (int i = 0; i < rows; i++) {
            float w = (float) ((right - left) * values[i] / max);
            pages.text(PdfPages.MARGIN, y - 9, 8, false, pages.fit(labels.get(i), 8, false, labelWidth - 6));
            if (w > 0) {
                pages.fillRect(left, y - rowHeight + 3, w, rowHeight - 5, BLUE);
            }
            pages.text(left + w + 4, y - 9, 8, false, format(values[i]), 0.3f);
            y -= rowHeight;
        }
        if (rows == 0) {
            pages.text(PdfPages.MARGIN, y - 9, 8, false, "No patients were called in this period.", 0.45f);
        }
        pages.y = top - height - 12;
    }

    private void legend(float baseline, String first, float[] firstColour, String second) {
        float x = PdfPages.MARGIN;
        pages.fillRect(x, baseline, 8, 8, firstColour);
        pages.text(x + 12, baseline + 1, 8, false, first, 0.3f);
        if (second != null) {
            x += 24 + pages.width(first, 8, false);
            pages.fillRect(x, baseline + 3, 10, 2, ORANGE);
            pages.text(x + 14, baseline + 1, 8, false, second, 0.3f);
        }
    }

    private void grid(float left, float right, float bottom, float top, double max, boolean labelsLeft) {
        for (int i = 0; i <= 4; i++) {
            float gy = bottom + (top - bottom) * i / 4;
            pages.line(left, gy, right, gy, GRID, 0.4f);
            if (labelsLeft) {
                pages.textRight(left - 4, gy - 3, 7, false, format(max * i / 4), 0.45f);
            }
        }
    }

    static double max(double[] values) {
        double max = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                max = Math.max(max, v);
            }
        }
        return max;
    }

    /**
     * Four grid steps of 1, 2 or 5 times a power of ten (at least 1), so that the top is at least the maximum
     * and every grid value of a count is a whole number.
     */
    static double niceMax(double max) {
        double step = Math.max(1, max / 4);
        double power = Math.pow(10, Math.floor(Math.log10(step)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= step) {
                return 4 * m * power;
            }
        }
        return 40 * power;
    }

    static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
