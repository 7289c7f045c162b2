package org.coproduction.sessions.domain.standards;

/** The seven National Standards for Community Engagement, in their published order. */
public enum Standard {
    INCLUSION("Inclusion"),
    SUPPORT("Support"),
    PLANNING("Planning"),
    WORKING_TOGETHER("Working together"),
    METHODS("Methods"),
    COMMUNICATION("Communication"),
    IMPACT("Impact");

    private final String title;

    Standard(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
