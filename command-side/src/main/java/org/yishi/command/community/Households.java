package org.yishi.command.community;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The households of one community: one per address, each in a residents' group, with at most one representative. */
final class Households {

    private final Map<HouseholdId, GroupId> groups = new HashMap<>();
    private final Set<Address> addresses = new HashSet<>();
    private final Map<HouseholdId, PersonId> representatives = new HashMap<>();

    void checkNew(HouseholdId household, Address address) {
        if (groups.containsKey(household)) {
            throw new Rejection("户编号已被使用", "This household id is already in use");
        }
        if (addresses.contains(address)) {
            throw new Rejection("该地址已登记为一户", "A household is already registered at this address");
        }
    }

    void requireKnown(HouseholdId household) {
        if (!groups.containsKey(household)) {
            throw new Rejection("本社区没有这一户", "There is no such household in this community");
        }
    }

    Optional<PersonId> representative(HouseholdId household) {
        return Optional.ofNullable(representatives.get(household));
    }

    /** The residents' group of {@code household}; null for no household. */
    GroupId group(HouseholdId household) {
        return household == null ? null : groups.get(household);
    }

    int count() {
        return groups.size();
    }

    void add(HouseholdId household, GroupId group, Address address) {
        groups.put(household, group);
        addresses.add(address);
    }

    void designate(HouseholdId household, PersonId representative) {
        representatives.put(household, representative);
    }

    void withoutRepresentative(HouseholdId household) {
        representatives.remove(household);
    }
}
