package org.coproduction.sessions.api;

/** The words shared by every field naming a content language (issue 13: versions of updates and summaries). */
public final class ContentLanguage {
    public static final String PATTERN = "^[a-z]{2,3}$";
    public static final String MESSAGE = "must be a lower-case language code of 2 or 3 letters, such as cy";
    public static final String DESCRIPTION = "A written language: a BCP 47 primary language tag, lower case";
    public static final String ORIGINAL = DESCRIPTION + ". Left out: en";
    public static final String PLAIN = "true: a plain-language or easy-read version; false: a standard translation";

    private ContentLanguage() {}
}
