package org.candour.requests.domain;

/** The grounds on which access may be restricted, wholly or partly, under DPA 2018 s.45(4). */
public enum RestrictionGround {
    OBSTRUCT_INQUIRY("s.45(4)(a)", "to avoid obstructing an official or legal inquiry, investigation or procedure"),
    PREJUDICE_CRIME("s.45(4)(b)", "to avoid prejudicing the prevention, detection, investigation or prosecution of "
            + "criminal offences or the execution of criminal penalties"),
    PUBLIC_SECURITY("s.45(4)(c)", "to protect public security"),
    NATIONAL_SECURITY("s.45(4)(d)", "to protect national security"),
    RIGHTS_OF_OTHERS("s.45(4)(e)", "to protect the rights and freedoms of other people");

    private final String section;
    private final String purpose;

    RestrictionGround(String section, String purpose) {
        this.section = section;
        this.purpose = purpose;
    }

    public String section() {
        return section;
    }

    public String purpose() {
        return purpose;
    }

    public String label() {
        return section + ": " + purpose;
    }
}
