package org.coproduction.notifications.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.coproduction.notifications.client.Participant;

/**
 * One reader's view of content: which version they get, how it is marked when not in their language, and how the
 * people it names are named (by preferred name; someone erased or unknown is not named).
 */
final class Reading {

    /** A project's members are named up to this many, then "and N others". */
    static final int MEMBERS_NAMED = 12;

    private final UUID self;
    private final VersionChooser.Reader reader;
    private final String lang;
    private final DigestMessages m;
    private final Map<UUID, String> names;

    /** @param lang the language of the digest's fixed words (the reader's when there is a bundle for it) */
    Reading(Participant person, String lang, DigestMessages m, Map<UUID, String> names) {
        this.self = person.id();
        this.reader = new VersionChooser.Reader(person.languageTag(), person.wantsPlainWords());
        this.lang = lang;
        this.m = m;
        this.names = names == null ? Map.of() : names;
    }

    <V> VersionChooser.Choice<V> choose(
            String originalLanguage, List<V> versions, Function<V, String> languageOf, Predicate<V> plainOf) {
        return VersionChooser.choose(reader, originalLanguage, versions, languageOf, plainOf);
    }

    /** The language of what is shown when it differs from the digest's (for a lang attribute), else null. */
    String contentLang(VersionChooser.Choice<?> choice) {
        return choice.language().equals(lang) ? null : choice.language();
    }

    /** "Not yet in Welsh" (in the digest's words) when what is shown is not in the reader's language, else null. */
    String notYet(VersionChooser.Choice<?> choice) {
        if (!choice.notInReadersLanguage()) {
            return null;
        }
        if ("cy".equals(reader.language())) {
            return m.notYetInWelsh();
        }
        String name = Locale.forLanguageTag(reader.language()).getDisplayLanguage(Locale.forLanguageTag(lang));
        return m.notYetIn(name.isBlank() ? reader.language() : name);
    }

    String owner(UUID ownerId) {
        if (ownerId != null && ownerId.equals(self)) {
            return m.ownedByYou();
        }
        String name = name(ownerId);
        return name == null ? m.noOwner() : m.ownedBy(name);
    }

    String doneBy(UUID ownerId) {
        if (ownerId != null && ownerId.equals(self)) {
            return m.doneByYou();
        }
        String name = name(ownerId);
        return name == null ? m.doneNoOwner() : m.doneBy(name);
    }

    /** "Aisha, Ben and Carys"; past twelve names, "... and 3 others". Nobody known: empty. */
    String members(List<UUID> memberIds) {
        List<String> known = (memberIds == null ? List.<UUID>of() : memberIds)
                .stream().distinct().map(this::name).filter(Objects::nonNull).toList();
        if (known.size() <= MEMBERS_NAMED) {
            return Lists.and(known, m, lang);
        }
        List<String> shown = new ArrayList<>(known.subList(0, MEMBERS_NAMED));
        int others = known.size() - MEMBERS_NAMED;
        shown.add(others == 1 ? m.oneOther() : m.others(others));
        return Lists.and(shown, m, lang);
    }

    private String name(UUID id) {
        if (id == null) {
            return null;
        }
        String name = names.get(id);
        return name == null || name.isBlank() ? null : name;
    }
}
