package org.anodefree.grid;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Periodic neighbours of a pixel: exact cases at the edges, and the round trips every grid must keep. */
class PixelGridNeighboursTest {

    @Test
    void edgesWrapAround() {
        PixelGrid g = new PixelGrid(4, 3, 1e-5); // 4 columns, 3 rows
        assertThat(g.up(1)).isEqualTo(9);
        assertThat(g.down(9)).isEqualTo(1);
        assertThat(g.left(4)).isEqualTo(7);
        assertThat(g.right(7)).isEqualTo(4);
        assertThat(g.up(6)).isEqualTo(2);
        assertThat(g.down(6)).isEqualTo(10);
        assertThat(g.left(6)).isEqualTo(5);
        assertThat(g.right(6)).isEqualTo(7);
    }

    @Property
    void opposite_moves_undo_each_other_and_match_row_column_arithmetic(@ForAll @IntRange(min = 1, max = 40) int w,
            @ForAll @IntRange(min = 1, max = 40) int h, @ForAll @IntRange(min = 0, max = 1599) int k) {
        PixelGrid g = new PixelGrid(w, h, 1e-5);
        int i = k % g.pixels();
        int r = i / w;
        int c = i % w;
        assertThat(g.up(i)).isEqualTo(((r + h - 1) % h) * w + c);
        assertThat(g.down(i)).isEqualTo(((r + 1) % h) * w + c);
        assertThat(g.left(i)).isEqualTo(r * w + (c + w - 1) % w);
        assertThat(g.right(i)).isEqualTo(r * w + (c + 1) % w);
        assertThat(g.down(g.up(i))).isEqualTo(i);
        assertThat(g.left(g.right(i))).isEqualTo(i);
    }
}
