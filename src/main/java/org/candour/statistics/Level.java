package org.candour.statistics;

/** The areas a release publishes: 32 boroughs, 12 Basic Command Units and the Met's London total. */
public enum Level {
    BOROUGH, BCU, LONDON;

    public static final String LONDON_CODE = "MPS";
    public static final String LONDON_NAME = "London (Metropolitan Police area)";
}
