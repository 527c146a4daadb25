package org.anodefree.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.anodefree.InputException;
import org.junit.jupiter.api.Test;

class ModelParametersTest {

    @Test
    void defaultsHaveEveryParameterInRangeWithAProvenance() {
        ModelParameters d = ModelParameters.defaults();
        assertThat(d.entries()).hasSize(Parameter.values().length);
        for (ParameterEntry e : d.entries().values()) {
            assertThat(e.provenance().kind()).as(e.parameter().key()).isIn(Provenance.Kind.SOURCE, Provenance.Kind.FITTED,
                    Provenance.Kind.ASSUMED);
            if (e.provenance().kind() == Provenance.Kind.FITTED) {
                for (String row : e.provenance().fit().rows()) {
                    assertThat(row).as(e.parameter().key()).matches("F\\d+[a-e]?|FS\\d|E\\d");
                }
            }
        }
        assertThat(d.value(Parameter.LPSC_CONDUCTIVITY)).isEqualTo(0.18);
        assertThat(d.value(Parameter.CELL_STACK_PRESSURE)).isEqualTo(15e6);
        assertThat(d.entry(Parameter.LI_EXCHANGE_CURRENT_DENSITY).provenance().kind()).isEqualTo(Provenance.Kind.SOURCE);
    }

    @Test
    void aProvenanceIsExactlyOneOfSourceFittedOrAssumedInItsForm() {
        String head = "model:\n  filaments: none\n";
        String ok = ModelParameters.defaults().entries().keySet().stream().map(p -> p.key()).toList().toString();
        assertThat(ok).isNotEmpty();
        assertThatThrownBy(() -> new Provenance(Provenance.Kind.FITTED, "by hand")).isInstanceOf(InputException.class)
                .hasMessageContaining("fit seeds");
        assertThatThrownBy(() -> new Provenance(Provenance.Kind.ASSUMED, "seems right")).isInstanceOf(InputException.class)
                .hasMessageContaining("range tried");
        Provenance f = new Provenance(Provenance.Kind.FITTED, "calibration/spec.yaml on F1b, F4a; fit seeds 1-16; report x.md");
        assertThat(f.fit().rows()).containsExactly("F1b", "F4a");
        assertThat(f.fit().seeds()).isEqualTo("1-16");
        String calibrated = "lpsc.conductivitySiemensPerMeter:\n  value: 0.18\n  calibrated: [F1b]\n";
        assertThatThrownBy(() -> ModelParameters.read(head + calibrated, "p.yaml")).isInstanceOf(InputException.class)
                .hasMessageContaining("p.yaml:3").hasMessageContaining("'calibrated:' is gone");
        String two = "lpsc.conductivitySiemensPerMeter:\n  value: 0.18\n  source: \"a\"\n  assumed: \"b; range tried c\"\n";
        assertThatThrownBy(() -> ModelParameters.read(two, "p.yaml")).hasMessageContaining("exactly one");
    }

    @Test
    void overridesTakeBareNumbersInTheKeysUnitOrConvertedUnits() {
        ModelParameters d = ModelParameters.defaults();
        assertThat(d.withOverride("lpsc.conductivitySiemensPerMeter=0.2").value(Parameter.LPSC_CONDUCTIVITY))
                .isEqualTo(0.2);
        assertThat(d.withOverride("lpsc.conductivitySiemensPerMeter=1.6mS/cm").value(Parameter.LPSC_CONDUCTIVITY))
                .isCloseTo(0.16, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(d.withOverride("cell.stackPressurePascals = 40 MPa").value(Parameter.CELL_STACK_PRESSURE))
                .isEqualTo(40e6);
        assertThat(d.withOverride("cell.cathodeLoadingMilliampHoursPerCm2=6").value(Parameter.CELL_CATHODE_LOADING))
                .isEqualTo(6.0);
        ModelParameters two = d.withOverrides(List.of("void.asperityHeightMeters=2um", "li.creepStressExponent=5"));
        assertThat(two.value(Parameter.VOID_ASPERITY_HEIGHT)).isCloseTo(2e-6, org.assertj.core.data.Offset.offset(1e-20));
        assertThat(two.value(Parameter.LI_CREEP_STRESS_EXPONENT)).isEqualTo(5);
        assertThat(two.entry(Parameter.LI_CREEP_STRESS_EXPONENT).provenance().kind()).isEqualTo(Provenance.Kind.USER);
        assertThat(two.entry(Parameter.LI_CREEP_STRESS_EXPONENT).provenance().text()).startsWith("set by the user (--set)");
        assertThat(d.value(Parameter.LI_CREEP_STRESS_EXPONENT)).isEqualTo(6.6); // the original is unchanged
    }

    @Test
    void unknownNamesListTheClosestKnownOnes() {
        ModelParameters d = ModelParameters.defaults();
        assertThatThrownBy(() -> d.withOverride("lpsc.conductivity=0.2"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("--set lpsc.conductivity=0.2: unknown parameter 'lpsc.conductivity'; did you mean "
                        + "lpsc.conductivitySiemensPerMeter");
        assertThatThrownBy(() -> d.withOverride("cell.stackPresurePascals=1MPa"))
                .hasMessageContaining("did you mean cell.stackPressurePascals");
        assertThatThrownBy(() -> d.withOverride("zzz=1")).hasMessageContaining("known parameters: cathode.");
    }

    @Test
    void badValuesNameTheRangeOrTheUnit() {
        ModelParameters d = ModelParameters.defaults();
        assertThatThrownBy(() -> d.withOverride("lpsc.conductivitySiemensPerMeter=-1"))
                .hasMessageContaining("is outside the sensible range");
        assertThatThrownBy(() -> d.withOverride("lpsc.conductivitySiemensPerMeter=1 MPa"))
                .hasMessageContaining("unknown unit 'MPa'");
        assertThatThrownBy(() -> d.withOverride("grid.widthPixels=10")).hasMessageContaining("unknown parameter");
        assertThatThrownBy(() -> d.withOverride("kinetics.transferCoefficient=half"))
                .hasMessageContaining("give a bare number in 1");
        assertThatThrownBy(() -> d.withOverride("novalue")).hasMessageContaining("expected name=value");
    }

    @Test
    void fileErrorsNameLineAndColumn() {
        assertThatThrownBy(() -> ModelParameters.read("lpsc.conductivitySiemensPerMeter: 0.18\n", "p.yaml"))
                .hasMessageStartingWith("p.yaml:1:35: a parameter key takes its fields on the lines below");
        assertThatThrownBy(() -> ModelParameters.read("lpsc.conductivitySiemensPerMeter:\n  value: 0.18\n", "p.yaml"))
                .hasMessageStartingWith("p.yaml:1: lpsc.conductivitySiemensPerMeter: every value needs one of source:, fitted: or assumed:");
        assertThatThrownBy(() -> ModelParameters.read("lpsc.conductivity:\n  value: 0.18\n", "p.yaml"))
                .hasMessageStartingWith("p.yaml:1: unknown parameter 'lpsc.conductivity'; did you mean");
        assertThatThrownBy(() -> ModelParameters.read("lpsc.conductivitySiemensPerMeter:\n  value: 0.18\n"
                + "  source: \"x\"\n", "p.yaml"))
                .hasMessageStartingWith("p.yaml: missing parameters: cell.electrodeDiameterMeters");
        assertThatThrownBy(() -> ModelParameters.read("a:\n  source: \"unterminated\n", "p.yaml"))
                .hasMessageStartingWith("p.yaml:2:11: unterminated quoted string");
        assertThatThrownBy(() -> ModelParameters.read("a:\n\tvalue: 1\n", "p.yaml"))
                .hasMessageStartingWith("p.yaml:2:1: a tab");
    }

    @Test
    void readerHandlesQuotesEscapesCommentsAndLists() {
        List<ParameterFileReader.RawEntry> raw = ParameterFileReader.read("""
                # header
                k:   # trailing comment
                  value: 1.5e3   # in units
                  source: "a \\"quoted\\" # not a comment"
                  calibrated: [F1b, F2 ,FS2]
                  note: plain text here
                """, "r");
        assertThat(raw).hasSize(1);
        assertThat(raw.get(0).fields()).containsEntry("value", "1.5e3")
                .containsEntry("source", "a \"quoted\" # not a comment")
                .containsEntry("calibrated", List.of("F1b", "F2", "FS2"))
                .containsEntry("note", "plain text here");
    }

    @Test
    void levenshteinIsTheEditDistance() {
        assertThat(ModelParameters.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(ModelParameters.distance("", "abc")).isEqualTo(3);
        assertThat(ModelParameters.distance("same", "same")).isZero();
    }
}
