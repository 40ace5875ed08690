package org.candour.identity;

/**
 * The names of the {@link Role}s as compile-time constants, for the places that need a constant rather than the
 * enum: {@code @RolesAllowed(Roles.ADMIN)} and Spring Security's {@code hasRole(Roles.ADMIN)}. Each is its role's
 * {@link Role#name()} (RolesTest holds them to it).
 */
public final class Roles {

    public static final String CASEWORKER = "CASEWORKER";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String OVERSIGHT = "OVERSIGHT";
    public static final String ADMIN = "ADMIN";
    public static final String MONITORING = "MONITORING";

    private Roles() {
    }
}
