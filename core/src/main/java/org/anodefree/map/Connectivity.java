package org.anodefree.map;

/** Which neighbours join two Li pixels into one island: the 4 edge neighbours, or the 8 edge and corner ones. */
public enum Connectivity {
    FOUR,
    EIGHT
}
