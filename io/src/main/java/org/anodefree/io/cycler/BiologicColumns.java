package org.anodefree.io.cycler;

import java.util.HashMap;
import java.util.Map;

/**
 * The column ids of BioLogic EC-Lab {@code .mpr} data modules: the bytes each value takes and the name EC-Lab
 * gives the column in its {@code .mpt} text export (so both readers name a column alike).
 *
 * <p>Facts from the public readers galvani (echemdata/galvani, {@code BioLogic.py}) and yadg
 * (dgbowl/yadg, {@code extractors/eclab/common/mpr_columns.py}), checked against the {@code .mpt} exports of
 * the test files: ids 1, 2, 3, 21, 31 and 65 are bits of one shared flags byte; ids of 256 and above mostly
 * repeat the meaning of their low byte in a later EC-Lab version (yadg reads every id by its low byte), but
 * galvani lists some (498-509, EC-Lab 11.5x) whose width differs from their low byte's, so a meaning taken
 * from the low byte is only a guess that {@link MprColumnWidths} checks against the size of a point.
 */
final class BiologicColumns {
    /** Storage of one value. */
    enum Type {
        U1(1), U2(2), U4(4), F4(4), F8(8);

        final int bytes;

        Type(int bytes) {
            this.bytes = bytes;
        }
    }

    /** A column id's storage and name; {@code certain} is false for a meaning guessed from the low byte. */
    record Column(Type type, String name, boolean certain) {
        Column(Type type, String name) {
            this(type, name, true);
        }
    }

    /** A flag id's bit mask in the flags byte and its name. */
    record Flag(int mask, String name) {
    }

    static final Map<Integer, Flag> FLAGS = Map.of(
            1, new Flag(0x03, "mode"), 2, new Flag(0x04, "ox/red"), 3, new Flag(0x08, "error"),
            21, new Flag(0x10, "control changes"), 31, new Flag(0x20, "Ns changes"),
            65, new Flag(0x80, "counter inc."));

    private static final Map<Integer, Column> COLUMNS = new HashMap<>();

    static {
        f8(4, "time/s");
        f4(5, "control/V/mA");
        f4(6, "Ewe/V");
        f8(7, "dq/mA.h");
        f4(8, "I/mA");
        f4(9, "Ece/V");
        f8(11, "<I>/mA");
        f8(13, "(Q-Qo)/mA.h");
        f4(16, "Analog IN 1/V");
        f4(17, "Analog IN 2/V");
        f4(19, "control/V");
        f4(20, "control/mA");
        f8(23, "dQ/mA.h");
        f8(24, "cycle number");
        f4(27, "Ewe-Ece/V");
        f4(32, "freq/Hz");
        f4(33, "|Ewe|/V");
        f4(34, "|I|/A");
        f4(35, "Phase(Z)/deg");
        f4(36, "|Z|/Ohm");
        f4(37, "Re(Z)/Ohm");
        f4(38, "-Im(Z)/Ohm");
        put(39, Type.U2, "I Range");
        f4(69, "R/Ohm");
        f4(70, "P/W");
        f8(74, "|Energy|/W.h");
        f4(75, "Analog OUT/V");
        f4(76, "<I>/mA");
        f4(77, "<Ewe>/V");
        f4(78, "Cs-2/\u00b5F-2");
        f4(96, "|Ece|/V");
        f4(98, "Phase(Zce)/deg");
        f4(99, "|Zce|/Ohm");
        f4(100, "Re(Zce)/Ohm");
        f4(101, "-Im(Zce)/Ohm");
        f8(123, "Energy charge/W.h");
        f8(124, "Energy discharge/W.h");
        f8(125, "Capacitance charge/\u00b5F");
        f8(126, "Capacitance discharge/\u00b5F");
        put(131, Type.U2, "Ns");
        f4(163, "|Estack|/V");
        f4(168, "Rcmp/Ohm");
        f4(169, "Cs/\u00b5F");
        f4(172, "Cp/\u00b5F");
        f4(173, "Cp-2/\u00b5F-2");
        f4(174, "<Ewe>/V");
        f4(178, "(Q-Qo)/C");
        f4(179, "dQ/C");
        f8(182, "step time/s");
        f8(211, "Q charge/discharge/mA.h");
        put(212, Type.U4, "half cycle");
        f4(217, "THD Ewe/%");
        f4(241, "|E1|/V");
        f4(242, "|E2|/V");
        f4(271, "Phase(Z1)/deg");
        f4(272, "Phase(Z2)/deg");
        put(295, Type.U2, "I Range");
        f4(301, "|Z1|/Ohm");
        f4(302, "|Z2|/Ohm");
        f4(326, "P/W");
        f4(331, "Re(Z1)/Ohm");
        f4(332, "Re(Z2)/Ohm");
        f4(361, "-Im(Z1)/Ohm");
        f4(362, "-Im(Z2)/Ohm");
        f8(379, "Energy charge/W.h");
        f4(391, "<E1>/V");
        f4(392, "<E2>/V");
        f4(422, "Phase(Zstack)/deg");
        f4(423, "|Zstack|/Ohm");
        f4(424, "Re(Zstack)/Ohm");
        f4(425, "-Im(Zstack)/Ohm");
        f4(426, "<Estack>/V");
        f4(430, "Phase(Zwe-ce)/deg");
        f4(431, "|Zwe-ce|/Ohm");
        f4(432, "Re(Zwe-ce)/Ohm");
        f4(433, "-Im(Zwe-ce)/Ohm");
        f4(434, "(Q-Qo)/C");
        f4(435, "dQ/C");
        f4(441, "<Ece>/V");
        f4(462, "Temperature/\u00b0C");
        f8(467, "Q charge/discharge/mA.h");
        put(468, Type.U4, "half cycle");
        put(469, Type.U4, "z cycle");
        f4(471, "<Ece>/V");
        f4(473, "THD Ewe/%");
        f4(474, "THD I/%");
        f4(475, "THD Ece/%");
        f4(476, "NSD Ewe/%");
        f4(477, "NSD I/%");
        f4(478, "NSD Ece/%");
        f4(479, "NSR Ewe/%");
        f4(480, "NSR I/%");
        f4(481, "NSR Ece/%");
        for (int h = 2; h <= 7; h++) {
            f4(484 + h, "|Ewe h" + h + "|/V");
            f4(490 + h, "|I h" + h + "|/A");
        }
        // galvani: EC-Lab 11.5x ids whose width is not their low byte's (498 & 0xFF = 242 is a float32).
        f8(498, "Q charge/mA.h");
        f8(499, "Q discharge/mA.h");
        f8(500, "step time/s");
        f8(501, "Efficiency/%");
        f8(502, "Capacity/mA.h");
        f4(505, "Rdc/Ohm");
        put(509, Type.U1, "Acir/Dcir Control");
        lowByteIdsFromYadg();
    }

    /** yadg's table (keyed by the low byte of an id) for the ids not listed above. */
    private static void lowByteIdsFromYadg() {
        f4(15, "Phase(Z1)/deg");
        f4(45, "|Z1|/Ohm");
        f4(46, "|Z2|/Ohm");
        f4(105, "-Im(Z1)/Ohm");
        f4(106, "-Im(Z2)/Ohm");
        f8(110, "Energy ce/W.h");
        f8(112, "Energy we/W.h");
        f8(115, "Energy ce charge/W.h");
        f8(116, "Energy ce discharge/W.h");
        f4(135, "<E1>/V");
        f4(136, "<E2>/V");
        f4(166, "Phase(Zstack)/deg");
        f4(167, "|Zstack|/Ohm");
        f4(175, "|Zwe-ce|/Ohm");
        f4(176, "Re(Zwe-ce)/Ohm");
        f4(177, "-Im(Zwe-ce)/Ohm");
        f4(185, "<Ece>/V");
        f4(206, "Temperature/\u00b0C");
        put(213, Type.U4, "z cycle");
        f4(215, "<Ece>/V");
        f4(218, "THD I/%");
        f4(219, "THD Ece/%");
        f4(220, "NSD Ewe/%");
        f4(221, "NSD I/%");
        f4(222, "NSD Ece/%");
        f4(223, "NSR Ewe/%");
        f4(224, "NSR I/%");
        f4(225, "NSR Ece/%");
        for (int h = 2; h <= 7; h++) {
            f4(228 + h, "|Ewe h" + h + "|/V");
            f4(234 + h, "|I h" + h + "|/A");
            f4(240 + h, "|Ece h" + h + "|/V");
        }
        f4(248, "Rac/Ohm");
        f4(249, "Rdc/Ohm");
        put(253, Type.U1, "Acir/Dcir Control");
    }

    private BiologicColumns() {
    }

    /**
     * The column of an id: the table's entry, else for ids of 256 and above the entry of the low byte (EC-Lab
     * re-issued ids that way), else {@code null}.
     */
    static Column lookup(int id) {
        Column c = COLUMNS.get(id);
        if (c == null && id >= 256) {
            c = COLUMNS.get(id & 0xFF);
            if (c != null) {
                c = new Column(c.type(), c.name(), false);
            }
        }
        return c;
    }

    private static void f4(int id, String name) {
        put(id, Type.F4, name);
    }

    private static void f8(int id, String name) {
        put(id, Type.F8, name);
    }

    private static void put(int id, Type type, String name) {
        COLUMNS.putIfAbsent(id, new Column(type, name));
    }
}
