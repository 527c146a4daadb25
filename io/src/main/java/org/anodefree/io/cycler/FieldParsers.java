package org.anodefree.io.cycler;

/** Parses the field shapes cyclers write: numbers (either decimal mark), and durations like {@code 3d 04:05:06.5}. */
final class FieldParsers {
    private FieldParsers() {
    }

    /** A number, or NaN when the field is not one. A decimal comma is read when {@code decimalComma}. */
    static double number(String field, boolean decimalComma) {
        String s = field.trim();
        if (s.isEmpty()) {
            return Double.NaN;
        }
        if (decimalComma) {
            s = s.replace(',', '.');
        }
        char c0 = s.charAt(0);
        // Double.parseDouble also takes "NaN", "Infinity", hex and a trailing 'd'/'f'; cyclers write none of
        // these, and a text column ("CC Chg") must not pass for a number.
        if (!(c0 >= '0' && c0 <= '9' || c0 == '-' || c0 == '+' || c0 == '.')) {
            return Double.NaN;
        }
        char last = s.charAt(s.length() - 1);
        if (!(last >= '0' && last <= '9' || last == '.')) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * A duration in seconds written as {@code [Nd ]h:mm:ss[.fff]} or {@code mm:ss} (MACCOR's {@code 0d 00:00:01.0000}, Neware's
     * {@code 144:02:18}), or a plain number of seconds; NaN when it is neither.
     */
    static double duration(String field) {
        String s = field.trim();
        if (s.indexOf(':') < 0) {
            return number(s, false);
        }
        double days = 0;
        int d = s.indexOf('d');
        if (d > 0) {
            days = number(s.substring(0, d), false);
            s = s.substring(d + 1).trim();
        }
        String[] parts = s.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            return Double.NaN;
        }
        double total = 0;
        for (String p : parts) {
            double x = number(p, false);
            if (!(x >= 0)) {
                return Double.NaN;
            }
            total = total * 60 + x;
        }
        return days * 86400 + total;
    }
}
