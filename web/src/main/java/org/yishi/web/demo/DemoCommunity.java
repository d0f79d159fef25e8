package org.yishi.web.demo;

import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.StakeholderGroup;

import java.util.ArrayList;
import java.util.List;

/**
 * 锦苑社区 as the demo shows it: four buildings, each its own residents' group, two units of five rooms each; a
 * resident in every household who represents it, ten second residents (the last five not yet verified), three
 * committee members who live here too, and the people who come from outside: the social worker who moderates, the
 * party secretary, two merchants and the property company.
 */
final class DemoCommunity {

    /** Appointed by the operator who registers the community; a member of no household. */
    static final DemoPerson ADMINISTRATOR = new DemoPerson("admin", "管理员周主任", null, false, false, List.of(), null);
    static final int BUILDINGS = 4;
    static final int UNITS = 2;
    static final List<String> ROOMS = List.of("101", "102", "201", "202", "301");
    private static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴"};
    private static final String[] CALLED = {"阿姨", "师傅", "大爷", "老师", "女士"};

    private DemoCommunity() {
    }

    static GroupId group(int building) {
        return new GroupId("g" + building);
    }

    static String groupName(int building) {
        return building + "号楼居民小组";
    }

    static HouseholdId household(int building, int unit, String room) {
        return new HouseholdId("b" + building + "-u" + unit + "-" + room);
    }

    static List<HouseholdId> households() {
        List<HouseholdId> households = new ArrayList<>();
        for (int building = 1; building <= BUILDINGS; building++) {
            for (int unit = 1; unit <= UNITS; unit++) {
                for (String room : ROOMS) {
                    households.add(household(building, unit, room));
                }
            }
        }
        return households;
    }

    /** The administrator and {@link #people()}: everyone who gets a demo sign-in. */
    static List<DemoPerson> everyone() {
        List<DemoPerson> everyone = new ArrayList<>(List.of(ADMINISTRATOR));
        everyone.addAll(people());
        return everyone;
    }

    static List<DemoPerson> people() {
        List<HouseholdId> households = households();
        List<DemoPerson> people = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            boolean first = i < households.size();
            people.add(new DemoPerson(String.format("resident%02d", i + 1), name(i),
                                      households.get(i % households.size()), i < 45, first,
                                      representsGroup(i) ? List.of(Role.RESIDENT, Role.GROUP_REPRESENTATIVE)
                                                         : List.of(Role.RESIDENT), null));
        }
        for (int i = 0; i < 3; i++) {
            people.add(new DemoPerson(String.format("committee%02d", i + 1), "委员" + name(i + 50),
                                      households.get(10 + i), true, false,
                                      List.of(Role.RESIDENT, Role.COMMITTEE_MEMBER), null));
        }
        people.add(outsider("moderator", "社工小林", Role.MODERATOR, null));
        people.add(outsider("secretary", "党委书记老孙", Role.PARTY_SECRETARY, null));
        people.add(outsider("merchant01", "便利店钱老板", Role.STAKEHOLDER_REPRESENTATIVE, StakeholderGroup.MERCHANT));
        people.add(outsider("merchant02", "早餐店孙老板", Role.STAKEHOLDER_REPRESENTATIVE, StakeholderGroup.MERCHANT));
        people.add(outsider("property01", "物业何经理", Role.STAKEHOLDER_REPRESENTATIVE,
                            StakeholderGroup.PROPERTY_MANAGEMENT));
        people.add(outsider("supervisor01", "广场监督员吴阿姨", Role.SUPERVISOR, null));
        return people;
    }

    /**
     * The first two residents of each building represent its residents' group, so that a representatives' meeting
     * and an online vote of group representatives can be tried: resident01, 02, 11, 12, 21, 22, 31 and 32.
     */
    private static boolean representsGroup(int i) {
        return i < 40 && i % 10 < 2;
    }

    private static DemoPerson outsider(String username, String name, Role role, StakeholderGroup group) {
        return new DemoPerson(username, name, null, false, false, List.of(role), group);
    }

    private static String name(int i) {
        return SURNAMES[i % SURNAMES.length] + CALLED[(i / SURNAMES.length) % CALLED.length];
    }
}
