package org.anodefree.app.plot;

/**
 * A perceptually uniform sequential colormap from dark blue-violet through teal to yellow: anchor
 * colours taken at the ends and middle of matplotlib's viridis (van der Walt and Smith, 2015), joined
 * by straight lines in CIELAB so that lightness L* rises linearly from end to end. Equal steps in
 * value are equal steps in perceived lightness, and the map stays readable in greyscale.
 */
public final class Colormap {
    private static final int SIZE = 256;
    /** Anchors in sRGB: #440154, #3b528b, #21918c, #5ec962, #fde725. */
    private static final int[] ANCHORS = {0x440154, 0x3b528b, 0x21918c, 0x5ec962, 0xfde725};
    private static final int[] TABLE = build();

    private Colormap() {
    }

    /** The colour (0xRRGGBB) of a value in [0, 1]; values outside are clamped. */
    public static int rgb(double value) {
        double v = Double.isNaN(value) ? 0 : Math.min(1, Math.max(0, value));
        return TABLE[(int) Math.round(v * (SIZE - 1))];
    }

    private static int[] build() {
        double[][] lab = new double[ANCHORS.length][];
        for (int i = 0; i < ANCHORS.length; i++) {
            lab[i] = toLab(ANCHORS[i]);
        }
        // Lightness is re-spaced to be exactly linear; a and b follow the anchors piecewise.
        double l0 = lab[0][0];
        double l1 = lab[lab.length - 1][0];
        int[] table = new int[SIZE];
        for (int k = 0; k < SIZE; k++) {
            double t = (double) k / (SIZE - 1);
            double pos = t * (ANCHORS.length - 1);
            int seg = Math.min((int) pos, ANCHORS.length - 2);
            double u = pos - seg;
            double a = lab[seg][1] + u * (lab[seg + 1][1] - lab[seg][1]);
            double b = lab[seg][2] + u * (lab[seg + 1][2] - lab[seg][2]);
            table[k] = fromLab(l0 + t * (l1 - l0), a, b);
        }
        return table;
    }

    private static double[] toLab(int rgb) {
        double r = linear(((rgb >> 16) & 0xff) / 255.0);
        double g = linear(((rgb >> 8) & 0xff) / 255.0);
        double bl = linear((rgb & 0xff) / 255.0);
        // sRGB (D65) to XYZ, then to CIELAB with the D65 white point.
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * bl;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static int fromLab(double l, double a, double b) {
        double fy = (l + 16) / 116;
        double x = 0.95047 * finv(fy + a / 500);
        double y = finv(fy);
        double z = 1.08883 * finv(fy - b / 200);
        double r = 3.2406 * x - 1.5372 * y - 0.4986 * z;
        double g = -0.9689 * x + 1.8758 * y + 0.0415 * z;
        double bl = 0.0557 * x - 0.2040 * y + 1.0570 * z;
        return (channel(r) << 16) | (channel(g) << 8) | channel(bl);
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double finv(double t) {
        return t * t * t > 216.0 / 24389 ? t * t * t : (116 * t - 16) * 27 / 24389;
    }

    private static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int channel(double c) {
        double s = c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
        return (int) Math.round(Math.min(1, Math.max(0, s)) * 255);
    }
}
