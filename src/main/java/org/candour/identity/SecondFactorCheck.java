package org.candour.identity;

/** The answer to a code typed at sign-in after the password ({@link TwoFactor}). */
public enum SecondFactorCheck {
    PASSED, WRONG, LOCKED
}
