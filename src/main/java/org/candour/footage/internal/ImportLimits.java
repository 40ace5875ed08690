package org.candour.footage.internal;

/**
 * Bounds on what one row of an import may hold. A recording's longest value (an officer key, an identifier) is well
 * under a hundred characters; the caps leave room for that many times over while keeping a hostile or broken file
 * from filling the memory with one endless line or field.
 */
public final class ImportLimits {

    public static final int MAX_FIELD_CHARS = 1_000;

    public static final int MAX_RECORD_CHARS = 16 * 1024;

    private ImportLimits() {
    }
}
