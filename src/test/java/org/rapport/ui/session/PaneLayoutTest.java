package org.rapport.ui.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The saved divider positions: read back, kept between 0.2 and 0.8, the defaults where damaged. */
class PaneLayoutTest {
    @Test
    void aSavedLayoutIsReadBack() {
        assertArrayEquals(new double[] {0.61, 0.4}, PaneLayout.parse("0.610,0.400"));
    }

    @Test
    void extremesAreKeptWithinReach() {
        assertArrayEquals(new double[] {0.2, 0.8}, PaneLayout.parse("0.01,0.99"));
        assertArrayEquals(new double[] {0.5, 0.5}, PaneLayout.parse("NaN,Infinity"));
    }

    @Test
    void noneOrADamagedValueGivesTheDefaultsFromThereOn() {
        assertArrayEquals(new double[] {0.56, 0.55}, PaneLayout.parse(null));
        assertArrayEquals(new double[] {0.56, 0.55}, PaneLayout.parse("wide"));
        assertArrayEquals(new double[] {0.7, 0.55}, PaneLayout.parse("0.7"));
    }
}
