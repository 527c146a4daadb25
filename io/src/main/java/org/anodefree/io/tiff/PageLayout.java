package org.anodefree.io.tiff;

import ij.io.FileInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anodefree.InputException;

/**
 * Checks the pages ImageJ's decoder found against the file before a pixel array is allocated from
 * them: a positive size of at most 2^31 pixels, uncompressed data inside the file (all slices of an
 * ImageJ stack, whose description may claim any number), compressed strips inside the file and able to
 * hold the image at the most a codec can compress (a 700-byte file cannot hold a 4 GB image), and
 * uncompressed strips contiguous (ImageJ reads them as one block). Then ImageJ's stacks, one
 * directory for many equally spaced slices, are expanded to one page per slice.
 */
final class PageLayout {
    /** ImageJ indexes pixels with an int. */
    private static final long MAX_PIXELS = Integer.MAX_VALUE - 8;

    private PageLayout() {
    }

    static FileInfo[] check(Path file, FileInfo[] infos) {
        long length;
        try {
            length = Files.size(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        for (int p = 0; p < infos.length; p++) {
            check(file, infos[p], p, length);
        }
        if (infos.length == 1 && infos[0].nImages > 1) {
            return expand(infos[0]);
        }
        return infos;
    }

    private static void check(Path file, FileInfo fi, int page, long length) {
        String name = file.toString();
        String where = "page " + page;
        TiffPages.sampleType(fi, file); // the sizes below hold for whole-byte grey pixels only
        if (fi.width < 1 || fi.height < 1 || (long) fi.width * fi.height > MAX_PIXELS) {
            throw InputException.atByte(name, fi.getOffset(), where + " is " + fi.width + " x " + fi.height
                    + " pixels; width and height (tags 256, 257) must be positive, with at most 2^31 pixels in all");
        }
        long bytes = (long) fi.width * fi.height * fi.getBytesPerPixel();
        int images = Math.max(1, fi.nImages);
        if (fi.compression <= FileInfo.COMPRESSION_NONE) {
            long stride = bytes + Math.max(0, fi.getGap());
            long end = fi.getOffset() + (images - 1) * stride + bytes;
            if (end > length) {
                throw InputException.atByte(name, fi.getOffset(), where + (images > 1 ? " claims " + images
                        + " slices of " + fi.width + " x " + fi.height + ", which end" : " (" + fi.width + " x "
                        + fi.height + ") ends") + " at byte " + end + ", but the file has " + length
                        + " bytes (truncated, or the description's images= is wrong)");
            }
            contiguous(name, fi, where);
            return;
        }
        if (images > 1) {
            throw InputException.atByte(name, fi.getOffset(), where + " is compressed but claims " + images
                    + " slices in one directory; only uncompressed ImageJ stacks are laid out that way");
        }
        if (fi.stripOffsets == null || fi.stripLengths == null || fi.stripLengths.length < fi.stripOffsets.length) {
            throw InputException.atByte(name, fi.getOffset(), where + " is compressed but its strip offsets"
                    + " (tag 273) and byte counts (tag 279) are missing or of different lengths");
        }
        long compressed = 0;
        for (int s = 0; s < fi.stripOffsets.length; s++) {
            long at = fi.stripOffsets[s] & 0xffffffffL;
            long n = fi.stripLengths[s] & 0xffffffffL;
            if (at + n > length) {
                throw InputException.atByte(name, at, where + ", strip " + s + ": " + n + " bytes from byte " + at
                        + " run past the end of the file's " + length + " bytes");
            }
            compressed += n;
        }
        long ratio = maxRatio(fi.compression);
        if (compressed * ratio < bytes) {
            throw InputException.atByte(name, fi.getOffset(), where + ": " + compressed + " compressed bytes cannot hold a "
                    + fi.width + " x " + fi.height + " image of " + bytes + " bytes (this compression shrinks data at most "
                    + ratio + " times); width, height or strip byte counts are corrupt");
        }
    }

    /** ImageJ reads uncompressed strips as one block from the first: they must follow one another. */
    private static void contiguous(String name, FileInfo fi, String where) {
        if (fi.stripOffsets == null || fi.stripLengths == null || fi.stripOffsets.length < 2 || fi.nImages > 1) {
            return;
        }
        for (int s = 1; s < fi.stripOffsets.length && s < fi.stripLengths.length; s++) {
            long expected = (fi.stripOffsets[s - 1] & 0xffffffffL) + (fi.stripLengths[s - 1] & 0xffffffffL);
            long at = fi.stripOffsets[s] & 0xffffffffL;
            if (at != expected) {
                throw InputException.atByte(name, at, where + ", strip " + s + " starts at byte " + at + ", not right after"
                        + " strip " + (s - 1) + " (byte " + expected + "); uncompressed strips must be contiguous");
            }
        }
    }

    /**
     * The largest factor by which a codec can shrink data: PackBits 128 bytes from 2; Deflate about
     * 1032 (RFC 1951: a 258-byte match costs at least 2 bits); LZW below 3400 (TIFF 6.0 section 13:
     * a 9- to 12-bit code stands for a string of at most 3839 bytes).
     */
    private static long maxRatio(int compression) {
        return switch (compression) {
            case FileInfo.PACK_BITS -> 64;
            case FileInfo.ZIP, FileInfo.ZIP_WITH_DIFFERENCING -> 1100;
            default -> 3500;
        };
    }

    private static FileInfo[] expand(FileInfo first) {
        long stride = (long) first.width * first.height * first.getBytesPerPixel() + first.getGap();
        FileInfo[] expanded = new FileInfo[first.nImages];
        for (int z = 0; z < first.nImages; z++) {
            FileInfo f = (FileInfo) first.clone();
            f.nImages = 1;
            f.longOffset = first.getOffset() + z * stride;
            f.offset = 0;
            expanded[z] = f;
        }
        return expanded;
    }
}
