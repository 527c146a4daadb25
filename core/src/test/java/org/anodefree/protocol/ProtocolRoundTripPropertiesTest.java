package org.anodefree.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** parse(print(p)) == p for random protocols, with awkward doubles that no display unit holds exactly. */
class ProtocolRoundTripPropertiesTest {

    @Property(tries = 300)
    void printThenParseGivesTheSameProtocol(@ForAll("protocols") Protocol p) {
        String text = p.toText();
        assertThat(Protocol.parse(text, "printed")).isEqualTo(p);
    }

    @Property(tries = 200)
    void printingIsStable(@ForAll("protocols") Protocol p) {
        assertThat(Protocol.parse(p.toText(), "printed").toText()).isEqualTo(p.toText());
    }

    @Provide
    Arbitrary<Protocol> protocols() {
        return nodes(3).list().ofMinSize(1).ofMaxSize(5).map(Protocol::new);
    }

    private Arbitrary<ProtocolNode> nodes(int depth) {
        Arbitrary<ProtocolNode> step = steps().map(s -> (ProtocolNode) s);
        if (depth == 0) {
            return step;
        }
        Arbitrary<ProtocolNode> repeat = Combinators.combine(
                Arbitraries.integers().between(1, 1000),
                Arbitraries.lazy(() -> nodes(depth - 1)).list().ofMinSize(1).ofMaxSize(3))
                .as((n, body) -> (ProtocolNode) new Repeat(n, body));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, step), net.jqwik.api.Tuple.of(1, repeat));
    }

    private Arbitrary<Step> steps() {
        Arbitrary<Step> cc = Combinators.combine(Arbitraries.of(Step.Mode.class), positive(),
                        ccLimits())
                .as((m, j, lim) -> (Step) new Step.ConstantCurrent(m, j, lim));
        Arbitrary<Step> rest = positive().map(t -> (Step) new Step.Rest(t));
        Arbitrary<Step> hold = Combinators.combine(anySign(), holdLimits())
                .as((v, lim) -> (Step) new Step.Hold(v, lim));
        return Arbitraries.oneOf(cc, rest, hold);
    }

    private Arbitrary<List<Limit>> ccLimits() {
        return Combinators.combine(positive().injectNull(0.5), anySign().injectNull(0.5), positive().injectNull(0.5),
                Arbitraries.integers().between(0, 5)).as((c, v, t, order) -> {
                    List<Limit> l = new ArrayList<>();
                    if (c != null) {
                        l.add(new Limit.Capacity(c));
                    }
                    if (v != null) {
                        l.add(new Limit.Voltage(v));
                    }
                    if (t != null || l.isEmpty()) {
                        l.add(new Limit.Time(t != null ? t : 1.0));
                    }
                    java.util.Collections.rotate(l, order);
                    return l;
                });
    }

    private Arbitrary<List<Limit>> holdLimits() {
        return Combinators.combine(positive(), positive().injectNull(0.5), Arbitraries.of(true, false))
                .as((j, t, timeFirst) -> {
                    List<Limit> l = new ArrayList<>(List.of(new Limit.Current(j)));
                    if (t != null) {
                        l.add(timeFirst ? 0 : 1, new Limit.Time(t));
                    }
                    return l;
                });
    }

    /** Round numbers users write, plus arbitrary doubles across many decades. */
    private Arbitrary<Double> positive() {
        Arbitrary<Double> nice = Arbitraries.of(0.05, 0.5, 1.0, 1.5, 3.0, 5.0, 36.0, 60.0, 600.0, 3600.0, 5400.0, 108000.0);
        // Log-uniform over 1e-9..1e9 with full 53-bit mantissas: most have no exact form in mA/cm2 or h.
        Arbitrary<Double> any = Arbitraries.randomValue(r -> Math.exp((r.nextDouble() * 2 - 1) * 9 * Math.log(10)));
        return Arbitraries.oneOf(nice, any);
    }

    private Arbitrary<Double> anySign() {
        return Arbitraries.oneOf(positive(), positive().map(d -> -d), Arbitraries.of(0.0, -0.0));
    }
}
