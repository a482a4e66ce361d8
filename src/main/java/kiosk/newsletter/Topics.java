package kiosk.newsletter;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The sections a subscriber chose; none chosen means every section. Kept sorted, stored as
 * comma-separated section slugs.
 */
public record Topics(Set<String> sections) {

    public static final Topics ALL = new Topics(Set.of());

    public Topics {
        sections = Set.copyOf(new TreeSet<>(sections));
    }

    /** The slugs among {@code chosen} that name a known section; unknown ones are dropped, not errors. */
    public static Topics of(Collection<String> chosen, Set<String> known) {
        return new Topics(chosen.stream().filter(known::contains).collect(Collectors.toSet()));
    }

    /** Reads what {@link #stored()} wrote. */
    public static Topics parse(String stored) {
        return stored == null || stored.isEmpty() ? ALL
                : new Topics(Arrays.stream(stored.split(",")).collect(Collectors.toSet()));
    }

    public boolean all() {
        return sections.isEmpty();
    }

    public boolean includes(String section) {
        return all() || sections.contains(section);
    }

    public String stored() {
        return String.join(",", new TreeSet<>(sections));
    }
}
