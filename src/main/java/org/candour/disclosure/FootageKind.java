package org.candour.disclosure;

/** An original clip exported from the evidence system, or a rendered (redacted) copy of one. */
public enum FootageKind {
    ORIGINAL,
    RENDERED
}
