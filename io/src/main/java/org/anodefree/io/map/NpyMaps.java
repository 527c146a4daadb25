package org.anodefree.io.map;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anodefree.InputException;
import org.anodefree.io.AtomicFiles;
import org.anodefree.map.ThicknessMap;

/**
 * Thickness maps as NumPy {@code .npy} files (format versions 1-3; NEP 1, "A simple file format
 * for NumPy arrays"). Written by hand because no maintained Java library reads them and the format
 * is a short header plus raw values. 2D arrays of float32/float64 in either byte order, C or
 * Fortran order; values are micrometres unless the caller says otherwise; the pixel size must come
 * from the caller. NaN marks a pixel outside the electrode (the usual convention for masked
 * arrays); negative or infinite values are errors.
 */
final class NpyMaps {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([<>|=])([a-zA-Z])(\\d{1,3})'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private NpyMaps() {
    }

    static ThicknessMap read(Path file, MapReadOptions options) {
        double pixel = ThicknessMapFiles.pixelSize(file, options, null);
        double unit = options.thicknessUnitMeters() != null ? options.thicknessUnitMeters() : 1e-6;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer pre = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
            readFully(ch, pre, file, 0);
            pre.flip();
            for (byte b : MAGIC) {
                if (pre.get() != b) {
                    throw InputException.atByte(file.toString(), 0, "not a NumPy .npy file (magic bytes missing)");
                }
            }
            int major = pre.get() & 0xff;
            pre.get();
            long headerLength;
            long headerStart;
            if (major == 1) {
                headerLength = pre.getShort() & 0xffff;
                headerStart = 10;
            } else if (major == 2 || major == 3) {
                ByteBuffer more = ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN);
                readFully(ch, more, file, 10);
                more.flip();
                headerLength = (pre.getShort() & 0xffffL) | ((long) (more.getShort() & 0xffff) << 16);
                headerStart = 12;
            } else {
                throw InputException.atByte(file.toString(), 6, "unsupported .npy version " + major);
            }
            if (headerLength > 1 << 20 || headerStart + headerLength > ch.size()) {
                throw InputException.atByte(file.toString(), 8, "header length " + headerLength + " does not fit the"
                        + " file's " + ch.size() + " bytes");
            }
            ByteBuffer hb = ByteBuffer.allocate((int) headerLength);
            readFully(ch, hb, file, headerStart);
            String header = new String(hb.array(), major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            Matcher d = DESCR.matcher(header);
            Matcher f = FORTRAN.matcher(header);
            Matcher s = SHAPE.matcher(header);
            if (!d.find() || !f.find() || !s.find()) {
                throw InputException.atByte(file.toString(), headerStart, "header lacks descr, fortran_order or shape: "
                        + header.strip());
            }
            char kind = d.group(2).charAt(0);
            int bytes = Integer.parseInt(d.group(3));
            if (kind != 'f' || (bytes != 4 && bytes != 8)) {
                throw InputException.atByte(file.toString(), headerStart, "array type '" + d.group(1) + d.group(2)
                        + bytes + "' is not a thickness; save the map as float32 or float64");
            }
            ByteOrder order = d.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            boolean fortran = f.group(1).equals("True");
            long[] shape = shape(s.group(1), file, headerStart);
            if (shape.length != 2) {
                throw InputException.atByte(file.toString(), headerStart, "array has " + shape.length
                        + " dimensions; a thickness map has 2 (rows, columns)");
            }
            long rows = shape[0];
            long cols = shape[1];
            if (rows <= 0 || cols <= 0 || rows > (Integer.MAX_VALUE - 8) / cols) {
                throw InputException.atByte(file.toString(), headerStart, "shape " + rows + " x " + cols
                        + " is empty or too large for one map (at most 2^31 pixels)");
            }
            long dataStart = headerStart + headerLength;
            long expected = rows * cols * bytes;
            if (ch.size() - dataStart < expected) {
                throw InputException.atByte(file.toString(), ch.size(), "file ends after " + (ch.size() - dataStart)
                        + " data bytes; shape " + rows + " x " + cols + " needs " + expected);
            }
            int n = (int) (rows * cols);
            double[] t = new double[n];
            boolean[] inside = null;
            ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20).order(order);
            long pos = dataStart;
            int k = 0;
            while (k < n) {
                buf.clear();
                long want = Math.min(buf.capacity(), (long) (n - k) * bytes);
                buf.limit((int) want);
                readFully(ch, buf, file, pos);
                pos += want;
                buf.flip();
                while (buf.remaining() >= bytes) {
                    double v = bytes == 4 ? buf.getFloat() : buf.getDouble();
                    int index = fortran ? (int) ((k % rows) * cols + k / rows) : k;
                    if (Double.isNaN(v)) {
                        if (inside == null) {
                            inside = new boolean[n];
                            java.util.Arrays.fill(inside, true);
                        }
                        inside[index] = false;
                        k++;
                        continue;
                    }
                    if (!(v >= 0) || Double.isInfinite(v)) {
                        long r = index / cols;
                        ThicknessMapFiles.checkThickness(v, file, "row " + r + ", column " + (index - r * cols));
                    }
                    t[index] = v * unit;
                    k++;
                }
            }
            if (inside != null && java.util.Arrays.equals(inside, new boolean[n])) {
                throw new InputException(file + ": every value is NaN; no pixel is inside the electrode");
            }
            return ThicknessMap.adopting((int) cols, (int) rows, pixel, t, inside);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    static void write(Path file, ThicknessMap map) {
        String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + map.height() + ", " + map.width()
                + "), }";
        // Pad so that magic + version + length + header is a multiple of 64 bytes, ending in '\n'.
        int total = 10 + dict.length() + 1;
        int pad = (64 - total % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        AtomicFiles.write(file, out -> {
            out.write(MAGIC);
            out.write(1);
            out.write(0);
            out.write(header.length() & 0xff);
            out.write((header.length() >> 8) & 0xff);
            out.write(header.getBytes(StandardCharsets.ISO_8859_1));
            ByteBuffer buf = ByteBuffer.allocate(8 * 4096).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < map.size(); i++) {
                buf.putDouble(map.isInside(i) ? map.thicknessMeters(i) * 1e6 : Double.NaN);
                if (!buf.hasRemaining()) {
                    out.write(buf.array(), 0, buf.position());
                    buf.clear();
                }
            }
            out.write(buf.array(), 0, buf.position());
        });
    }

    /** The dimensions of a shape tuple such as {@code 470, 470} (Python 2 wrote {@code 470L}). */
    private static long[] shape(String tuple, Path file, long offset) {
        String[] dims = tuple.split(",");
        long[] out = new long[dims.length];
        int n = 0;
        for (String d : dims) {
            String t = d.strip();
            if (t.isEmpty()) {
                continue; // the trailing comma of a 1-tuple
            }
            if (t.endsWith("L")) {
                t = t.substring(0, t.length() - 1);
            }
            try {
                out[n++] = Long.parseLong(t);
            } catch (NumberFormatException e) {
                throw InputException.atByte(file.toString(), offset, "shape (" + tuple + ") holds '" + d.strip()
                        + "', not a whole number of rows or columns");
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static void readFully(FileChannel ch, ByteBuffer b, Path file, long position) throws IOException {
        long pos = position;
        while (b.hasRemaining()) {
            int n = ch.read(b, pos);
            if (n < 0) {
                throw InputException.atByte(file.toString(), pos, "file ends early");
            }
            pos += n;
        }
    }
}
