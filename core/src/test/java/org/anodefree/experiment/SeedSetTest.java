package org.anodefree.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.anodefree.InputException;
import org.junit.jupiter.api.Test;

class SeedSetTest {

    @Test
    void countsRangesListsAndMixes() {
        assertThat(SeedSet.parse("4", "--seeds").toArray()).containsExactly(1, 2, 3, 4);
        assertThat(SeedSet.parse("101-104", "--seeds").toArray()).containsExactly(101, 102, 103, 104);
        assertThat(SeedSet.parse("1,5,9", "--seeds").toArray()).containsExactly(1, 5, 9);
        assertThat(SeedSet.parse(" 1-3, 20 ", "--seeds").toArray()).containsExactly(1, 2, 3, 20);
        assertThat(SeedSet.parse("7,", "--seeds").toArray()).containsExactly(7);
        assertThat(SeedSet.range(1, 8).isDisjointFrom(SeedSet.range(9, 16))).isTrue();
        assertThat(SeedSet.range(1, 8).isDisjointFrom(SeedSet.of(3))).isFalse();
        assertThat(SeedSet.range(1, 32).first(4)).isEqualTo(SeedSet.count(4));
    }

    @Test
    void badSeedSetsNameTheOptionAndTheForms() {
        for (String bad : new String[] {"", "0", "x", "5-2", "1,1", "1-2000000", "1.5"}) {
            assertThatThrownBy(() -> SeedSet.parse(bad, "--seeds")).as(bad).isInstanceOf(InputException.class)
                    .hasMessageStartingWith("--seeds");
        }
    }

    @Property(tries = 200)
    void theCompactFormReadsBack(@ForAll @IntRange(min = 1, max = 50) int a, @ForAll @IntRange(min = 0, max = 50) int gap,
            @ForAll @IntRange(min = 1, max = 50) int b) {
        SeedSet s = SeedSet.parse(a + "," + (a + gap + 2) + "-" + (a + gap + 2 + b), "test");
        assertThat(SeedSet.parse(s.toString(), "test")).isEqualTo(s);
    }
}
