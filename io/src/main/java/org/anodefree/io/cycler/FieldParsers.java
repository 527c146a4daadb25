package org.anodefree.io.cycler;

/** Parses the field shapes cyclers write: numbers (either decimal mark), and durations like {@code 3d 04:05:06.5}. */
final class FieldParsers {
    /** Powers of ten that are exact doubles (10^22 is the largest). */
    private static final double[] POW10 = new double[23];
    /** Mantissas up to 2^53 convert to double exactly. */
    private static final long EXACT_MANTISSA = 1L << 53;

    static {
        POW10[0] = 1;
        for (int k = 1; k < POW10.length; k++) {
            POW10[k] = POW10[k - 1] * 10;
        }
    }

    private FieldParsers() {
    }

    /**
     * The number in {@code s[from, to)}, parsed in place; NaN when it is not one. Decimal numbers with at most
     * 2^53 as integer mantissa and a power of ten up to 22 take the fast path of Clinger (PLDI 1990): one
     * exact mantissa and one correctly rounded multiply or divide by an exact power of ten give the correctly
     * rounded value, the same double as {@link Double#parseDouble}. Anything else goes to
     * {@link #number(String, boolean)}.
     */
    static double number(String s, int from, int to, boolean decimalComma) {
        while (from < to && s.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) <= ' ') {
            to--;
        }
        if (from == to) {
            return Double.NaN;
        }
        int i = from;
        boolean negative = false;
        char c = s.charAt(i);
        if (c == '-' || c == '+') {
            negative = c == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int fraction = 0;
        boolean point = false;
        boolean any = false;
        char mark = decimalComma ? ',' : '.';
        for (; i < to; i++) {
            c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                any = true;
                if (mantissa > 0 || c != '0') {
                    if (++digits > 18) {
                        return number(s.substring(from, to), decimalComma);
                    }
                }
                mantissa = mantissa * 10 + (c - '0');
                if (point) {
                    fraction++;
                }
            } else if (c == mark && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (!any) {
            return number(s.substring(from, to), decimalComma);
        }
        int exponent = 0;
        if (i < to) {
            c = s.charAt(i);
            if (c != 'e' && c != 'E' || i + 1 == to) {
                return number(s.substring(from, to), decimalComma);
            }
            i++;
            boolean expNegative = false;
            c = s.charAt(i);
            if (c == '-' || c == '+') {
                expNegative = c == '-';
                i++;
            }
            if (i == to) {
                return Double.NaN;
            }
            for (; i < to; i++) {
                c = s.charAt(i);
                if (c < '0' || c > '9' || exponent > 100_000) {
                    return number(s.substring(from, to), decimalComma);
                }
                exponent = exponent * 10 + (c - '0');
            }
            if (expNegative) {
                exponent = -exponent;
            }
        }
        int power = exponent - fraction;
        if (mantissa > EXACT_MANTISSA || power > 22 || power < -22) {
            return number(s.substring(from, to), decimalComma);
        }
        double x = mantissa;
        x = power >= 0 ? x * POW10[power] : x / POW10[-power];
        return negative ? -x : x;
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
            double x = Double.parseDouble(s);
            // 1e309 parses to Infinity: a value no cycler measured, so it is not a number here either.
            return Double.isFinite(x) ? x : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * A duration in seconds written as {@code [Nd ]h:mm:ss[.fff]} or {@code mm:ss} (MACCOR's {@code 0d 00:00:01.0000}, Neware's
     * {@code 144:02:18}), or a plain number of seconds; NaN when it is neither.
     */
    static double duration(String field) {
        return duration(field, false);
    }

    /** As {@link #duration(String)}, reading a decimal comma in the seconds when {@code decimalComma}. */
    static double duration(String field, boolean decimalComma) {
        String s = field.trim();
        if (s.indexOf(':') < 0) {
            return number(s, decimalComma);
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
            double x = number(p, decimalComma);
            if (!(x >= 0)) {
                return Double.NaN;
            }
            total = total * 60 + x;
        }
        return days * 86400 + total;
    }

    /**
     * A date and time as seconds since 1970-01-01 00:00 of the same clock (the file's local time read as UTC,
     * since cyclers write no zone): {@code MM/DD/YYYY hh:mm:ss[.fff]} ({@code DD/MM/YYYY} when
     * {@code dayFirst}; {@code .} or {@code -} may separate the date too), or ISO {@code YYYY-MM-DD hh:mm:ss[.fff]}
     * (with {@code T}). NaN when it is neither, or names a day that does not exist.
     */
    static double dateTime(String field, boolean dayFirst) {
        String s = field.trim();
        int space = s.indexOf(' ');
        if (space < 0) {
            space = s.indexOf('T');
        }
        if (space < 8 || space > 10) {
            return Double.NaN;
        }
        String[] d = s.substring(0, space).split("[/.-]");
        if (d.length != 3) {
            return Double.NaN;
        }
        int year;
        int month;
        int day;
        try {
            if (d[0].length() == 4) {
                year = Integer.parseInt(d[0]);
                month = Integer.parseInt(d[1]);
                day = Integer.parseInt(d[2]);
            } else {
                year = Integer.parseInt(d[2]);
                month = Integer.parseInt(dayFirst ? d[1] : d[0]);
                day = Integer.parseInt(dayFirst ? d[0] : d[1]);
                if (d[2].length() == 2) {
                    year += 2000;
                }
            }
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
        double clock = duration(s.substring(space + 1));
        if (!(clock >= 0 && clock < 86400) || month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200
                || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return Double.NaN;
        }
        return java.time.LocalDate.of(year, month, day).toEpochDay() * 86400.0 + clock;
    }
}
