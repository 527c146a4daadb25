package org.anodefree.app.simulate;

import java.util.List;
import org.anodefree.parameters.ModelParameters;
import org.anodefree.parameters.Parameter;
import org.anodefree.units.Quantity;

/** The parameter set of a simulation from its command-line inputs; {@code simulate} and {@code sweep} share it so a sweep's run is the same run. */
public final class SimulationInputs {
    private SimulationInputs() {
    }

    /**
     * The default parameters with {@code sets} ({@code KEY=VALUE}) applied, then the cathode loading and the stack
     * pressure when given (null: the parameter set's).
     *
     * @param loadingField the name an error gives the loading (e.g. {@code --loading})
     * @param pressureField the name an error gives the pressure
     */
    public static ModelParameters parameters(List<String> sets, String loading, String loadingField, String pressure,
            String pressureField) {
        ModelParameters p = ModelParameters.defaults().withOverrides(sets);
        if (loading != null) {
            p = p.with(Parameter.CELL_CATHODE_LOADING, Parameter.CELL_CATHODE_LOADING.check(
                    Quantity.AREAL_CAPACITY.parseIn(loading, "mAh/cm2", loadingField), loadingField));
        }
        if (pressure != null) {
            p = p.with(Parameter.CELL_STACK_PRESSURE, Parameter.CELL_STACK_PRESSURE.check(
                    Quantity.PRESSURE.parse(pressure, pressureField), pressureField));
        }
        return p;
    }
}
