package org.anodefree.io.cycler;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.anodefree.InputException;
import org.anodefree.cycling.CyclingRecord;
import org.anodefree.cycling.CyclingRecordBuilder;

/**
 * Reads BioLogic EC-Lab binary {@code .mpr} files: a file magic, then modules ({@code VMP Set}, {@code VMP data},
 * {@code VMP LOG}, {@code VMP loop}, {@code VMP ExtDev}) each introduced by {@code MODULE} and a header with the
 * module's length. Handles data-module versions 2 and 3 and the header EC-Lab 11.50 and later write (longer
 * header, big-endian column ids, points at 0x3EF).
 *
 * <p>Written by us because no Java reader exists; layout facts from galvani and yadg (see
 * {@link BiologicColumns}). Every length read from the file is checked against the bytes present, so a damaged
 * file gives an {@link InputException} with a byte offset, never an array error or a huge allocation.
 */
public final class BiologicMprReader {
    static final byte[] MAGIC = "BIO-LOGIC MODULAR FILE".getBytes(StandardCharsets.US_ASCII);
    static final int MAGIC_LENGTH = 52;
    private static final byte[] MODULE = "MODULE".getBytes(StandardCharsets.US_ASCII);
    private static final int OLD_HEADER = 51;
    private static final int NEW_HEADER = 59;
    /** Electrode area (cm2, float32) in the settings module (yadg's settings table). */
    private static final int SETTINGS_ELECTRODE_AREA = 0x0211;

    private BiologicMprReader() {
    }

    /** Reads an {@code .mpr} held in {@code bytes}; {@code source} names it in messages. */
    public static CyclingRecord read(String source, byte[] bytes) {
        return read(source, ByteBuffer.wrap(bytes));
    }

    /**
     * Reads an {@code .mpr} held in a buffer from index 0 to its limit (a memory-mapped file, for example);
     * {@code source} names it in messages.
     */
    public static CyclingRecord read(String source, ByteBuffer data) {
        return read(source, data, ColumnChoice.ALL);
    }

    /** As {@link #read(String, ByteBuffer)}, keeping the chosen columns. */
    public static CyclingRecord read(String source, ByteBuffer data, ColumnChoice columns) {
        return read(source, data, columns, java.util.Map.of());
    }

    /** As {@link #read(String, ByteBuffer, ColumnChoice)}, adding {@code metadata} (an .mpl log's) to the record. */
    static CyclingRecord read(String source, ByteBuffer data, ColumnChoice columns,
            java.util.Map<String, String> metadata) {
        ByteBuffer buf = data.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int size = buf.limit();
        if (size < MAGIC_LENGTH || !startsWith(buf, 0, MAGIC)) {
            throw InputException.atByte(source, 0, "not a BioLogic .mpr file (no 'BIO-LOGIC MODULAR FILE' magic)");
        }
        CyclingRecordBuilder builder = null;
        int pos = MAGIC_LENGTH;
        boolean sawData = false;
        String area = null;
        String started = null;
        while (pos < size) {
            if (!startsWith(buf, pos, MODULE)) {
                throw InputException.atByte(source, pos, "expected 'MODULE', the start of the next module");
            }
            int h = pos + MODULE.length;
            if (h + OLD_HEADER > size) {
                throw InputException.atByte(source, h, "module header cut short (file truncated?)");
            }
            String name = ascii(buf, h, 10).trim();
            boolean newHeader;
            long length;
            long newLength = h + NEW_HEADER <= size ? Integer.toUnsignedLong(buf.getInt(h + 39)) : -1;
            long oldLength = Integer.toUnsignedLong(buf.getInt(h + 35));
            if (newLength >= 0 && endsModule(buf, h + NEW_HEADER + newLength)) {
                newHeader = true;
                length = newLength;
            } else if (endsModule(buf, h + OLD_HEADER + oldLength)) {
                newHeader = false;
                length = oldLength;
            } else {
                throw InputException.atByte(source, h + 35, "module '" + name + "' declares a length that does not"
                        + " end at the next module or the end of the file (file truncated or damaged?)");
            }
            int start = h + (newHeader ? NEW_HEADER : OLD_HEADER);
            int end = (int) (start + length);
            int version = buf.getInt(h + (newHeader ? 47 : 39));
            if (name.equals("VMP Set") && start + SETTINGS_ELECTRODE_AREA + 4 <= end) {
                float value = buf.getFloat(start + SETTINGS_ELECTRODE_AREA);
                if (value > 0 && Float.isFinite(value)) {
                    area = Float.toString(value);
                }
            } else if (name.equals("VMP LOG") && started == null) {
                started = logTimestamp(buf, start, end);
            } else if (name.equals("VMP data")) {
                if (sawData) {
                    throw InputException.atByte(source, pos, "a second 'VMP data' module; one was expected");
                }
                sawData = true;
                builder = data(source, buf, start, end, version, newHeader, columns);
            }
            pos = end;
        }
        if (builder == null) {
            throw InputException.atByte(source, size, "no 'VMP data' module in the file");
        }
        if (area != null) {
            builder.metadata(CyclerMetadata.ELECTRODE_AREA_CM2, area);
        }
        if (started != null) {
            builder.metadata(CyclerMetadata.START_TIME, started);
        }
        metadata.forEach(builder::metadata);
        return builder.build();
    }

    private static CyclingRecordBuilder data(String source, ByteBuffer buf, int start, int end, int version,
            boolean newHeader, ColumnChoice columns) {
        int offset;
        ByteOrder idOrder = ByteOrder.LITTLE_ENDIAN;
        if (newHeader) {
            offset = 0x3EF;
            idOrder = ByteOrder.BIG_ENDIAN;
        } else if (version == 2) {
            offset = 0x195;
        } else if (version == 3) {
            offset = 0x196;
        } else {
            throw InputException.atByte(source, start, "data module version " + version
                    + " is not supported (2, 3 and the EC-Lab >= 11.50 layout are)");
        }
        if (start + 5 > end) {
            throw InputException.atByte(source, start, "data module too short for its point and column counts");
        }
        long points = Integer.toUnsignedLong(buf.getInt(start));
        int ncols = buf.get(start + 4) & 0xFF;
        if (start + 5 + 2 * ncols > end || start + offset > end) {
            throw InputException.atByte(source, start + 4, ncols + " column ids and the points offset 0x"
                    + Integer.toHexString(offset) + " do not fit in the data module");
        }
        int[] ids = new int[ncols];
        ByteBuffer idBuf = buf.duplicate().order(idOrder);
        for (int c = 0; c < ncols; c++) {
            ids[c] = idBuf.getShort(start + 5 + 2 * c) & 0xFFFF;
        }
        CyclingRecordBuilder builder = new CyclingRecordBuilder(source,
                (int) Math.min(points, (end - start - offset) / Math.max(1, ncols) + 1L));
        MprLayout layout = MprLayout.of(source, ids, points, end - start - offset, builder, columns, buf,
                start + offset);
        if (layout.rowBytes == 0 && points > 0) {
            throw InputException.atByte(source, start + 4, "data module has " + points + " points but no columns");
        }
        long need = points * layout.rowBytes;
        if (need > end - start - offset) {
            throw InputException.atByte(source, start, "data module says " + points + " points of "
                    + layout.rowBytes + " bytes (" + need + " bytes) but only " + (end - start - offset)
                    + " bytes follow byte " + (start + offset));
        }
        builder.metadata("format", "BioLogic EC-Lab .mpr, data module "
                + (newHeader ? "EC-Lab >= 11.50 layout" : "version " + version));
        layout.decode(buf, start + offset, (int) points, builder);
        return builder;
    }

    /**
     * The acquisition start in the log module: an OLE date (days since 1899-12-30, local time) at 0x249 (yadg's
     * offset for EC-Lab >= 11.50) or at 465, 469, 473 or 585 (galvani's, older files); the first plausible one.
     */
    private static String logTimestamp(ByteBuffer buf, int start, int end) {
        for (int offset : new int[] {0x249, 465, 469, 473, 585}) {
            if (start + offset + 8 <= end) {
                double days = buf.getDouble(start + offset);
                if (days > 30000 && days < 80000) {
                    return CyclerMetadata.clockTime((days - 25569) * 86400);
                }
            }
        }
        return null;
    }

    private static boolean endsModule(ByteBuffer buf, long at) {
        return at == buf.limit() || (at < buf.limit() && startsWith(buf, (int) at, MODULE));
    }

    private static boolean startsWith(ByteBuffer buf, int at, byte[] prefix) {
        if (at < 0 || at + prefix.length > buf.limit()) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (buf.get(at + k) != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(ByteBuffer buf, int at, int n) {
        byte[] b = new byte[n];
        for (int k = 0; k < n; k++) {
            b[k] = buf.get(at + k);
        }
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (at < 0 || at + prefix.length > bytes.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (bytes[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }
}
