package org.yishi.command.community;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** The members of one community, by person. */
final class Members {

    private final Map<PersonId, Member> byPerson = new HashMap<>();

    boolean contains(PersonId person) {
        return byPerson.containsKey(person);
    }

    Member get(PersonId person) {
        Member member = byPerson.get(person);
        if (member == null) {
            throw new Rejection("此人不是本社区成员", "This person is not a member of this community");
        }
        return member;
    }

    /** Whether {@code person} is a member acting in at least one of {@code anyOf}; a stranger never is. */
    boolean allows(PersonId person, Role... anyOf) {
        Member member = byPerson.get(person);
        return member != null && Arrays.stream(anyOf).anyMatch(member::actsAs);
    }

    Optional<Member> find(PersonId person) {
        return Optional.ofNullable(byPerson.get(person));
    }

    <T> Map<PersonId, T> all(Function<Member, T> view) {
        Map<PersonId, T> all = new HashMap<>();
        byPerson.forEach((person, member) -> all.put(person, view.apply(member)));
        return all;
    }

    long count(Predicate<Member> which) {
        return byPerson.values().stream().filter(which).count();
    }

    long administrators() {
        return byPerson.values().stream().filter(member -> member.actsAs(Role.ADMINISTRATOR)).count();
    }

    void add(PersonId person, Member member) {
        byPerson.put(person, member);
    }

    void change(PersonId person, UnaryOperator<Member> change) {
        byPerson.computeIfPresent(person, (id, member) -> change.apply(member));
    }
}
