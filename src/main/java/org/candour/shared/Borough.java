package org.candour.shared;

/**
 * A London area with its GSS code. The City of London (E09000001) has its own police force, so the Met holds no
 * footage for it and requests about it are redirected.
 */
public record Borough(String gssCode, String name, String policeForce, String bcu, boolean bodyWornVideoTrial,
                      int tileRow, int tileColumn) {

    public static final String CITY_OF_LONDON = "E09000001";

    public boolean isPolicedByTheMet() {
        return !CITY_OF_LONDON.equals(gssCode);
    }
}
