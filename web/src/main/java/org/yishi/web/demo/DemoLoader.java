package org.yishi.web.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.yishi.command.api.account.ClaimUsername;
import org.yishi.command.api.community.AddResidentsGroup;
import org.yishi.command.api.community.AppointAdministrator;
import org.yishi.command.api.community.DesignateHouseholdRepresentative;
import org.yishi.command.api.community.GrantRole;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.RegisterHousehold;
import org.yishi.command.api.community.RegisterMember;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.VerifyResident;
import org.yishi.command.api.proposal.AcceptProposal;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.CoSignProposal;
import org.yishi.command.api.proposal.Destination;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.proposal.SubmitProposal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.yishi.web.demo.DemoData.JINYUAN;

/**
 * Sends the demo's commands, one after another: most of them change the one community aggregate.
 */
final class DemoLoader {

    private static final int SENDERS = 8;
    private static final PersonId ADMIN = DemoCommunity.ADMINISTRATOR.personId();

    private final CommandGateway commands;
    private final Instant now;

    DemoLoader(CommandGateway commands, Instant now) {
        this.commands = commands;
        this.now = now;
    }

    void load() {
        // The usernames go first, while the projections are idle: once the community's events are stored, every
        // projection catches up on them and the one-node store is busy for a few seconds.
        usernames();
        // One unit of work around the rest: each command still runs its handler and checks as usual, but the
        // community is loaded once instead of replaying its growing stream for every command (and for every access
        // check of a proposal), and each aggregate's events are stored as one commit, all or nothing.
        DefaultUnitOfWork.startAndGet(new GenericMessage<>("demo data")).execute(() -> {
            community();
            proposals();
        });
    }

    private void community() {
        commands.sendAndWait(new AppointAdministrator(JINYUAN, ADMIN, DemoCommunity.ADMINISTRATOR.displayName(),
                                                      new PersonId(DemoData.OPERATOR)));
        for (int building = 1; building <= DemoCommunity.BUILDINGS; building++) {
            commands.sendAndWait(new AddResidentsGroup(JINYUAN, DemoCommunity.group(building),
                                                       DemoCommunity.groupName(building), ADMIN));
            for (int unit = 1; unit <= DemoCommunity.UNITS; unit++) {
                for (String room : DemoCommunity.ROOMS) {
                    commands.sendAndWait(new RegisterHousehold(JINYUAN, DemoCommunity.household(building, unit, room),
                                                               DemoCommunity.group(building), String.valueOf(building),
                                                               String.valueOf(unit), room, ADMIN));
                }
            }
        }
        DemoCommunity.people().forEach(this::register);
    }

    /**
     * Claimed in the event stream like a redeemed invitation's usernames, so that nobody can take "admin" later.
     * Each name is its own aggregate and its own commit; sent side by side, their writes share the store's group
     * commits instead of waiting for one each.
     */
    private void usernames() {
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            CompletableFuture.allOf(DemoCommunity.everyone().stream().map(person -> CompletableFuture.runAsync(
                    () -> commands.sendAndWait(new ClaimUsername(person.username(), person.personId(),
                                                                 person.personId())), senders))
                                                  .toArray(CompletableFuture[]::new)).join();
        } finally {
            senders.shutdown();
        }
    }

    private void register(DemoPerson person) {
        PersonId id = person.personId();
        commands.sendAndWait(new RegisterMember(JINYUAN, id, person.displayName(), person.household(), ADMIN));
        if (person.verified()) {
            commands.sendAndWait(new VerifyResident(JINYUAN, id, ADMIN));
        }
        for (Role role : person.roles()) {
            commands.sendAndWait(new GrantRole(JINYUAN, id, role, person.stakeholderGroup(), ADMIN));
        }
        if (person.represents()) {
            commands.sendAndWait(new DesignateHouseholdRepresentative(JINYUAN, person.household(), id, ADMIN));
        }
    }

    private void proposals() {
        proposal("demo-square-dancing", "晚上广场舞音乐太吵", "每晚七点到九点半，中心广场的广场舞音响很大，"
                 + "临街住户孩子写作业、老人休息都受影响。建议限定音量和结束时间。", Category.NOISE, "中心广场",
                 "resident03", List.of("resident07", "resident12", "resident18", "resident25", "resident31"));
        proposal("demo-parking", "小区停车位不够，消防通道被占", "晚上车辆停满后常有车停在消防通道上。"
                 + "建议重新规划车位、夜间错峰使用周边商户车位。", Category.PARKING, "3号楼北侧",
                 "resident21", List.of("resident22", "resident29", "resident36"));
        proposal("demo-pets", "遛狗不牵绳、不清理粪便", "草坪和步道上常有狗粪，也有大狗不牵绳吓到孩子。"
                 + "建议制定文明养宠公约。", Category.PETS, null, "resident09", List.of("resident14", "resident40"));
        proposal("demo-stalls", "广场周边摊贩占道经营", "傍晚起中心广场四周摆满流动摊位，油烟大、垃圾多，"
                 + "行人和轮椅只能走车道。建议划定摆摊区域和时段，由商户和物业共同管理。", Category.ENVIRONMENT, "中心广场",
                 "resident05", List.of("resident06", "resident16", "resident26"));
        // Like 锦苑广场's: the committee puts the square's noise and stalls on next week's deliberation day, so a
        // newcomer can schedule that session from them.
        LocalDate deliberationDay = LocalDate.ofInstant(now, ZoneId.of("Asia/Shanghai")).plusDays(7);
        accept("demo-square-dancing", deliberationDay);
        accept("demo-stalls", deliberationDay);
    }

    private void accept(String id, LocalDate plannedDate) {
        commands.sendAndWait(new AcceptProposal(new ProposalId(id), Destination.DELIBERATION_DAY, plannedDate,
                                                "安排到下周党群议事日，请居民、商户和物业一起协商",
                                                DemoPerson.idOf("committee01"), now));
    }

    private void proposal(String id, String title, String description, Category category, String location,
                          String proposer, List<String> coSigners) {
        ProposalId proposal = new ProposalId(id);
        commands.sendAndWait(new SubmitProposal(proposal, JINYUAN, title, description, category, location,
                                                DemoPerson.idOf(proposer), now));
        coSigners.forEach(coSigner -> commands.sendAndWait(new CoSignProposal(proposal, DemoPerson.idOf(coSigner),
                                                                              now)));
    }
}
