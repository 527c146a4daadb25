package org.anodefree.current;

import java.util.Arrays;
import org.anodefree.InputException;
import org.anodefree.grid.GridField;
import org.anodefree.grid.PixelGrid;

/**
 * One current-distribution problem: the electrode grid with each pixel's contact fraction (zero
 * for inactive pixels: bare Cu, voids, depleted Li), the kinetics, the electrolyte slab, the
 * control, and the boundary (periodic, or the electrode inside a larger insulating domain).
 *
 * <p>Immutable: the contact field is copied in and out.
 *
 * @param width electrode grid columns (x)
 * @param height electrode grid rows (y)
 * @param pixelSizeMeters pixel edge, m
 * @param contactFraction row-major, length width*height, each in [0, 1]; 0 marks an inactive pixel
 * @param kinetics the charge-transfer law on active pixels
 * @param electrolyte the slab to the counter electrode
 * @param control galvanostatic or potentiostatic
 * @param paddingFactor 1 for a periodic electrode grid; k >= 2 places the electrode in an
 *     insulating periodic domain at least k times larger in each direction (rounded up to a power of
 *     two for the fast transform), so the electrode's edges act like those of a finite electrode
 *     and its periodic images are at least k - 1 electrode sizes away
 */
public record CurrentProblem(int width, int height, double pixelSizeMeters, double[] contactFraction,
        Kinetics kinetics, Electrolyte electrolyte, Control control, int paddingFactor) {

    /** Largest FFT domain (after padding) the solver takes: 2^26 pixels, 0.5 GB per work array. */
    public static final long MAX_DOMAIN_PIXELS = 1L << 26;

    public CurrentProblem {
        if (width <= 0 || height <= 0) {
            throw new InputException("current problem: grid shape must be positive, got " + width + " x " + height);
        }
        if (!(pixelSizeMeters > 0) || !Double.isFinite(pixelSizeMeters)) {
            throw new InputException("current problem: pixel size must be a positive length, got " + pixelSizeMeters + " m");
        }
        if (contactFraction == null || contactFraction.length != (long) width * height) {
            throw new InputException("current problem: contact fraction needs " + (long) width * height + " values, got "
                    + (contactFraction == null ? "none" : contactFraction.length));
        }
        if (kinetics == null || electrolyte == null || control == null) {
            throw new InputException("current problem: kinetics, electrolyte and control are all required");
        }
        if (paddingFactor < 1) {
            throw new InputException("current problem: padding factor must be >= 1 (1 = periodic), got " + paddingFactor);
        }
        if ((long) width * paddingFactor * height * paddingFactor > MAX_DOMAIN_PIXELS) {
            throw new InputException("current problem: " + width + " x " + height + " padded " + paddingFactor
                    + " times is more than " + MAX_DOMAIN_PIXELS + " pixels; use a smaller padding factor or a coarser grid");
        }
        contactFraction = contactFraction.clone();
        boolean any = false;
        for (int i = 0; i < contactFraction.length; i++) {
            double c = contactFraction[i];
            if (!(c >= 0 && c <= 1)) {
                throw new InputException("current problem: contact fraction at (row " + i / width + ", column " + i % width
                        + ") is " + c + "; it must be in [0, 1]");
            }
            any |= c > 0;
        }
        if (!any) {
            throw new InputException("current problem: no active pixel (every contact fraction is 0); no current can flow");
        }
    }

    /** The electrode grid: shape and pixel size. */
    public PixelGrid grid() {
        return new PixelGrid(width, height, pixelSizeMeters);
    }

    /** A periodic problem on {@code grid} with each pixel's contact fraction. */
    public static CurrentProblem periodic(PixelGrid grid, GridField contactFraction, Kinetics kinetics,
            Electrolyte electrolyte, Control control) {
        return new CurrentProblem(grid.width(), grid.height(), grid.pixelSizeMeters(), contactFraction.toArray(), kinetics,
                electrolyte, control, 1);
    }

    /** A periodic problem with every pixel either fully active or inactive. */
    public static CurrentProblem periodic(int width, int height, double pixelSizeMeters, boolean[] active,
            Kinetics kinetics, Electrolyte electrolyte, Control control) {
        return new CurrentProblem(width, height, pixelSizeMeters, toContact(active), kinetics, electrolyte, control, 1);
    }

    /** Contact fraction 1 where {@code active}, 0 elsewhere. */
    public static double[] toContact(boolean[] active) {
        double[] c = new double[active.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = active[i] ? 1.0 : 0.0;
        }
        return c;
    }

    @Override
    public double[] contactFraction() {
        return contactFraction.clone();
    }

    /** The contact field itself, not a copy, for the solver's own loops: callers must not write to it. */
    double[] contactView() {
        return contactFraction;
    }

    /** Contact fraction of one pixel, without copying the field. */
    public double contactAt(int index) {
        return contactFraction[index];
    }

    /** Electrode grid area (active or not, padding excluded), m2. */
    public double electrodeAreaM2() {
        return (double) width * height * pixelSizeMeters * pixelSizeMeters;
    }

    /** The same problem under another control (warm-started sweeps, linearity checks). */
    public CurrentProblem withControl(Control newControl) {
        return new CurrentProblem(width, height, pixelSizeMeters, contactFraction, kinetics, electrolyte, newControl,
                paddingFactor);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurrentProblem p && width == p.width && height == p.height
                && pixelSizeMeters == p.pixelSizeMeters && Arrays.equals(contactFraction, p.contactFraction)
                && kinetics.equals(p.kinetics) && electrolyte.equals(p.electrolyte) && control.equals(p.control)
                && paddingFactor == p.paddingFactor;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(contactFraction) * 31 + java.util.Objects.hash(width, height, pixelSizeMeters, kinetics,
                electrolyte, control, paddingFactor);
    }

    @Override
    public String toString() {
        return "CurrentProblem[" + width + " x " + height + " at " + pixelSizeMeters + " m, " + kinetics + ", "
                + electrolyte + ", " + control + ", padding " + paddingFactor + "]";
    }
}
