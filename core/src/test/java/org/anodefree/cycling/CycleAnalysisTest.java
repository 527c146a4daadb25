package org.anodefree.cycling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CycleAnalysisTest {

    @Test
    void capacitiesAndEfficiencyOfAKnownCell() {
        CyclingRecord r = new SyntheticHalfCell().build(5);
        CycleSummary s = CycleAnalysis.analyze(r, SyntheticHalfCell.AREA_M2, null);
        assertThat(s.platingSign()).isEqualTo(PlatingSign.NEGATIVE);
        assertThat(s.cycles()).hasSize(5);
        for (CycleResult c : s.cycles()) {
            assertThat(c.platedMilliampHoursPerCm2()).isCloseTo(1.0, within(1e-12));
            assertThat(c.strippedMilliampHoursPerCm2()).isCloseTo(0.9, within(1e-12));
            assertThat(c.coulombicEfficiency()).isCloseTo(0.9, within(1e-12));
            assertThat(c.cumulativePlatedMilliampHoursPerCm2()).isCloseTo(c.cycle(), within(1e-9));
            assertThat(c.platingPlateauVolts()).isCloseTo(-SyntheticHalfCell.PLATEAU_VOLTS, within(1e-6));
            assertThat(c.strippingPlateauVolts()).isCloseTo(SyntheticHalfCell.PLATEAU_VOLTS, within(1e-6));
        }
        assertThat(s.shortCircuit().occurred()).isFalse();
    }

    @Test
    void nucleationDipOfKnownDepth() {
        CycleSummary s = CycleAnalysis.analyze(new SyntheticHalfCell().build(2), SyntheticHalfCell.AREA_M2,
                PlatingSign.NEGATIVE);
        // Peak 20 + 50 mV at the first plating row, recovering to 20 mV (exp(-t/60 s) decays in the step's first half).
        assertThat(s.cycles().get(0).nucleationOverpotentialMillivolts()).isCloseTo(50.0, within(1e-6));
        assertThat(s.events()).anyMatch(e -> e.kind() == CyclingEvent.Kind.NUCLEATION && e.row() == 1);
    }

    @Test
    void nucleationDepthIgnoresAShortLaterInTheStep() {
        SyntheticHalfCell cell = new SyntheticHalfCell();
        cell.shortCycle = 2;
        cell.shortAfterSeconds = 3000; // inside the first half of the 7200 s step, where recovery is measured
        CycleSummary s = CycleAnalysis.analyze(cell.build(2), SyntheticHalfCell.AREA_M2, PlatingSign.NEGATIVE);
        assertThat(s.cycles().get(1).nucleationOverpotentialMillivolts()).isCloseTo(50.0, within(1e-6));
        assertThat(s.shortCircuit().cycle()).isEqualTo(2);
    }

    @Test
    void endOfStripPolarizationIsTheRiseToTheCutoff() {
        CycleSummary s = CycleAnalysis.analyze(new SyntheticHalfCell().build(1), SyntheticHalfCell.AREA_M2,
                PlatingSign.NEGATIVE);
        assertThat(s.cycles().get(0).endOfStripPolarizationMillivolts())
                .isCloseTo(1e3 * (SyntheticHalfCell.CUTOFF_VOLTS - SyntheticHalfCell.PLATEAU_VOLTS), within(1e-3));
    }

    @Test
    void injectedShortIsFoundAtItsCycleTimeAndCapacity() {
        SyntheticHalfCell cell = new SyntheticHalfCell();
        cell.shortCycle = 4;
        CyclingRecord r = cell.build(5);
        CycleSummary s = CycleAnalysis.analyze(r, SyntheticHalfCell.AREA_M2, PlatingSign.NEGATIVE);
        ShortCircuit sc = s.shortCircuit();
        assertThat(sc.occurred()).isTrue();
        assertThat(sc.cycle()).isEqualTo(4);
        assertThat(sc.step()).isEqualTo(14); // one rest row, then plate, rest, strip, rest per cycle
        assertThat(sc.evidence().get(0).kind()).isEqualTo(CyclingEvent.Kind.VOLTAGE_COLLAPSE);
        assertThat(sc.cumulativePlatedMilliampHoursPerCm2()).isCloseTo(3.5, within(1e-9));
        double t = r.timeSeconds()[sc.evidence().get(0).row()];
        assertThat(sc.timeHours()).isCloseTo(t / 3600, within(1e-12));
        // The cycle's first row closes the interval [0, DT] of plating; the short starts at 3600 s into the step.
        assertThat(t - r.timeSeconds()[s.cycles().get(3).firstRow()]).isCloseTo(3600 - SyntheticHalfCell.DT, within(1e-9));
    }

    @Test
    void stripThatCannotReachItsCutoffIsEvidence() {
        SyntheticHalfCell cell = new SyntheticHalfCell();
        cell.timedOutStripCycle = 4;
        CycleSummary s = CycleAnalysis.analyze(cell.build(5), SyntheticHalfCell.AREA_M2, PlatingSign.NEGATIVE);
        assertThat(s.shortCircuit().occurred()).isTrue();
        assertThat(s.shortCircuit().cycle()).isEqualTo(4);
        assertThat(s.shortCircuit().evidence()).extracting(CyclingEvent::kind)
                .containsExactly(CyclingEvent.Kind.CUTOFF_NOT_REACHED);
    }

    @Test
    void stripThatRecoversPartOfItsRiseIsNotAShort() {
        SyntheticHalfCell cell = new SyntheticHalfCell();
        cell.recoveringStripCycle = 2;
        CyclingRecord r = cell.build(4);
        double[] v = r.voltageVolts();
        double fall = 0;
        for (int k = 1; k < v.length; k++) {
            fall = Math.max(fall, v[k - 1] - v[k]);
        }
        assertThat(fall).as("the record has the 0.37 V fall under test").isGreaterThan(0.3);
        CycleSummary s = CycleAnalysis.analyze(r, SyntheticHalfCell.AREA_M2, PlatingSign.NEGATIVE);
        assertThat(s.shortCircuit().occurred()).isFalse();
    }

    @Test
    void fullCellChargeThatFallsByVoltsIsAShort() {
        CyclingRecordBuilder b = new CyclingRecordBuilder("full");
        double t = 0;
        for (int cycle = 1; cycle <= 3; cycle++) {
            for (int k = 0; k < 100; k++) { // charge from 3.6 V towards the 4.3 V cutoff
                double u = 3.6 + 0.7 * k / 99.0;
                if (cycle == 3 && k >= 60) {
                    u = 3.6 + 0.7 * 59 / 99.0 - 0.3; // the short holds it 0.3 V down
                }
                b.appendRow(t += 10, u, 1e-3);
            }
            for (int k = 0; k < 100; k++) {
                b.appendRow(t += 10, 4.1 - 1.6 * k / 99.0, -1e-3);
            }
        }
        CycleSummary s = CycleAnalysis.analyze(b.build(), 1e-4, PlatingSign.POSITIVE);
        assertThat(s.shortCircuit().occurred()).isTrue();
        assertThat(s.shortCircuit().cycle()).isEqualTo(3);
        assertThat(s.shortCircuit().evidence().get(0).kind()).isEqualTo(CyclingEvent.Kind.VOLTAGE_COLLAPSE);
    }

    @Test
    void noisyStripIsEvidence() {
        SyntheticHalfCell cell = new SyntheticHalfCell();
        cell.noisyStripCycle = 5;
        CycleSummary s = CycleAnalysis.analyze(cell.build(6), SyntheticHalfCell.AREA_M2, PlatingSign.NEGATIVE);
        assertThat(s.shortCircuit().occurred()).isTrue();
        assertThat(s.shortCircuit().cycle()).isEqualTo(5);
        assertThat(s.shortCircuit().evidence()).extracting(CyclingEvent::kind).contains(CyclingEvent.Kind.NOISY_VOLTAGE);
    }

    @Test
    void simulatorShortEventIsTakenAsIs() {
        CyclingRecordBuilder b = new CyclingRecordBuilder("sim");
        for (int k = 0; k < 100; k++) {
            b.appendRow(k, 0.05, 1e-3);
        }
        b.addEvent(new CyclingEvent(CyclingEvent.Kind.SHORT_CIRCUIT, 40, 40.0, "filament crossed the separator"));
        CycleSummary s = CycleAnalysis.analyze(b.build(), 1e-4, PlatingSign.POSITIVE);
        assertThat(s.shortCircuit().occurred()).isTrue();
        assertThat(s.shortCircuit().cycle()).isEqualTo(1);
        assertThat(s.shortCircuit().cumulativePlatedMilliampHoursPerCm2())
                .isCloseTo(1e-3 * 40 / 3.6, within(1e-12));
    }

    @Test
    void segmentsFollowTheStepColumnToo() {
        CyclingRecordBuilder b = new CyclingRecordBuilder("steps");
        int step = b.intColumn(BdfColumns.STEP_INDEX);
        for (int k = 0; k < 10; k++) {
            b.set(CyclingRecordBuilder.TIME, k);
            b.set(CyclingRecordBuilder.VOLTAGE, 4.0);
            b.set(CyclingRecordBuilder.CURRENT, 1.0);
            b.setInt(step, k < 5 ? 3 : 4); // CC then CV, both charging
            b.endRow();
        }
        List<StepSegment> segs = CycleSegmenter.segments(b.build(), PlatingSign.POSITIVE);
        assertThat(segs).extracting(StepSegment::step).containsExactly(3, 4);
        assertThat(CycleSegmenter.cycles(segs)).hasSize(1);
    }
}
