package factcheck.core.kb;

import java.util.List;

/**
 * A person who held at least one listed office.
 *
 * @param id      stable id, a slug of the name ({@code barack-obama}); terms refer to it
 * @param name    canonical name as news writes it
 * @param aliases other forms that identify the person: full names, nicknames, surname alone
 * @param born    birth date as written in the data, or null
 * @param note    editor's note, or null
 * @param file    pack-relative file that defined the person
 */
public record Person(String id, String name, List<String> aliases, String born, String note, String file) {

    public Person {
        aliases = List.copyOf(aliases);
    }
}
