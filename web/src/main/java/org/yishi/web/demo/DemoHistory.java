package org.yishi.web.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.convention.AddClause;
import org.yishi.command.api.convention.ApproveConvention;
import org.yishi.command.api.convention.ClauseId;
import org.yishi.command.api.convention.ConventionId;
import org.yishi.command.api.convention.DraftConvention;
import org.yishi.command.api.convention.FileConvention;
import org.yishi.command.api.convention.PatrolCheckId;
import org.yishi.command.api.convention.PublishConvention;
import org.yishi.command.api.convention.PutConventionToVote;
import org.yishi.command.api.convention.PutOnPublicNotice;
import org.yishi.command.api.convention.RecordPatrolCheck;
import org.yishi.command.api.convention.SubmitConventionForReview;
import org.yishi.command.api.convention.VotePurpose;
import org.yishi.command.api.decision.ApproveDecision;
import org.yishi.command.api.decision.DecisionId;
import org.yishi.command.api.decision.PublishDecision;
import org.yishi.command.api.decision.SubmitDecisionForReview;
import org.yishi.command.api.decision.Visibility;
import org.yishi.command.api.motion.CastBallot;
import org.yishi.command.api.motion.CloseMotion;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.MotionOption;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.api.proposal.AcceptProposal;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.CoSignProposal;
import org.yishi.command.api.proposal.Destination;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.proposal.SubmitProposal;
import org.yishi.command.api.session.AddAgendaItem;
import org.yishi.command.api.session.AddMinutesNote;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.CheckIn;
import org.yishi.command.api.session.CheckInMethod;
import org.yishi.command.api.session.CloseItem;
import org.yishi.command.api.session.CloseSession;
import org.yishi.command.api.session.Format;
import org.yishi.command.api.session.OpenSession;
import org.yishi.command.api.session.Outcome;
import org.yishi.command.api.session.PublishAgenda;
import org.yishi.command.api.session.RecordPosition;
import org.yishi.command.api.session.ScheduleSession;
import org.yishi.command.api.session.SessionId;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.api.session.Stance;
import org.yishi.command.api.session.StartItem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static org.yishi.web.demo.DemoData.JINYUAN;

/**
 * The demo community's last month, told through ordinary commands with past times: a resident's proposal about the
 * square's evenings, taken to a deliberation day 30 days ago whose noise item recommended a convention and whose stalls item a stall area, both decisions reviewed
 * and published to everyone; then 锦苑广场公约, drafted from the first, on public notice for seven days, adopted by a
 * residents' meeting by secret ballot, reviewed, published as v1, filed with the street office and patrolled. So the
 * archive, its search, the provenance timelines and the replay of both sessions have something real to show. Steps
 * that wait for a policy (the decision recorded from an item, the notice ended by its deadline, the vote opened for
 * the convention) are retried until the policy has acted.
 */
final class DemoHistory {

    static final ProposalId SQUARE_EVENINGS = new ProposalId("demo-square-evenings");
    static final SessionId DELIBERATION_DAY = new SessionId("demo-square-day");
    static final AgendaItemId NOISE = new AgendaItemId("square-noise");
    static final AgendaItemId STALLS = new AgendaItemId("square-stalls");
    static final SessionId RESIDENTS_MEETING = new SessionId("demo-residents-meeting");
    static final AgendaItemId CONVENTION_VOTE = new AgendaItemId("convention-vote");
    static final ConventionId SQUARE_CONVENTION = new ConventionId("demo-square-convention");

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final CommandGateway commands;
    private final Instant now;
    private final PersonId committee = DemoPerson.idOf("committee01");
    private final PersonId moderator = DemoPerson.idOf("moderator");
    private final PersonId secretary = DemoPerson.idOf("secretary");

    DemoHistory(CommandGateway commands, Instant now) {
        this.commands = commands;
        this.now = now;
    }

    void load() {
        long started = System.nanoTime();
        inOneUnitOfWork(this::proposal);
        inOneUnitOfWork(this::deliberationDay);
        DecisionId noise = DecisionId.ofItem(DELIBERATION_DAY, NOISE);
        publish(noise, daysAgo(29));
        publish(DecisionId.ofItem(DELIBERATION_DAY, STALLS), daysAgo(29));
        convention(noise);
        log.info("Demo history loaded in {} ms: the square's deliberation day, its two decisions and 锦苑广场公约 v1",
                 (System.nanoTime() - started) / 1_000_000);
    }

    /** Raised by a resident forty days ago, co-signed by five neighbours, accepted onto the deliberation day. */
    private void proposal() {
        Instant raised = daysAgo(40);
        send(new SubmitProposal(SQUARE_EVENINGS, JINYUAN, "中心广场晚上太吵、摊位占道",
                                "每晚广场舞音响很大，一直跳到十点；广场四周的流动摊位占了盲道和消防通道，收摊后满地垃圾。"
                                + "希望居民、跳舞的阿姨、商户和物业一起商量出规矩。", Category.NOISE, "中心广场",
                                DemoPerson.idOf("resident04"), raised));
        for (String coSigner : List.of("resident08", "resident13", "resident19", "resident27", "resident33")) {
            send(new CoSignProposal(SQUARE_EVENINGS, DemoPerson.idOf(coSigner), raised.plus(Duration.ofHours(3))));
        }
        send(new AcceptProposal(SQUARE_EVENINGS, Destination.DELIBERATION_DAY, LocalDate.ofInstant(daysAgo(30), ZONE),
                                "安排到党群议事日，请居民、商户和物业一起协商", committee, daysAgo(38)));
    }

    private void deliberationDay() {
        Instant day = daysAgo(30);
        send(new ScheduleSession(DELIBERATION_DAY, JINYUAN, SessionKind.DELIBERATION_DAY, "中心广场党群议事日", day,
                                 "社区党群服务中心二楼", Format.IN_ROOM, moderator,
                                 Set.of(StakeholderGroup.MERCHANT, StakeholderGroup.PROPERTY_MANAGEMENT), "GC2026",
                                 180, true, committee, daysAgo(33)));
        send(new AddAgendaItem(DELIBERATION_DAY, NOISE, SQUARE_EVENINGS, "广场舞的时间和音量", 40, 180, committee,
                               daysAgo(33)));
        send(new AddAgendaItem(DELIBERATION_DAY, STALLS, null, "广场周边摊位的区域和时段", 30, 180, committee,
                               daysAgo(33)));
        send(new PublishAgenda(DELIBERATION_DAY, committee, daysAgo(33)));
        send(new OpenSession(DELIBERATION_DAY, moderator, day));
        List<String> present = List.of("resident03", "resident07", "resident12", "resident18", "resident25",
                                       "resident31", "resident05", "resident06", "resident16", "resident26",
                                       "resident09", "resident14", "merchant01", "merchant02", "property01",
                                       "committee02");
        for (int i = 0; i < present.size(); i++) {
            PersonId person = DemoPerson.idOf(present.get(i));
            send(new CheckIn(DELIBERATION_DAY, person, CheckInMethod.CODE, "GC2026", person, minutes(day, 1 + i % 5)));
        }
        Instant noise = minutes(day, 10);
        send(new StartItem(DELIBERATION_DAY, NOISE, moderator, noise));
        position(DELIBERATION_DAY, "resident03", Stance.SUPPORT, "晚上九点以后孩子要睡觉，音量必须降下来", minutes(noise, 5));
        position(DELIBERATION_DAY, "resident25", Stance.OPPOSE, "跳舞是老人难得的锻炼，不能一刀切", minutes(noise, 8));
        position(DELIBERATION_DAY, "resident07", Stance.CONCERN, "九点结束可以，但要给跳舞的人留出场地", minutes(noise, 12));
        position(DELIBERATION_DAY, "property01", Stance.SUPPORT, "物业可以安装分贝仪，超过60分贝时提醒", minutes(noise, 15));
        position(DELIBERATION_DAY, "resident25", Stance.CONCERN, "同意限时限音量，希望每周留两晚延长到九点半",
                 minutes(noise, 25));
        send(new AddMinutesNote(DELIBERATION_DAY, NOISE, "物业同意在中心广场安装分贝仪；舞蹈队长同意每晚九点前结束。", moderator,
                                minutes(noise, 30)));
        send(new CloseItem(DELIBERATION_DAY, NOISE, Outcome.RECOMMENDATION,
                           "广场舞每晚九点前结束，音量不超过60分贝，由物业在中心广场安装分贝仪；由居委会牵头，居民、商户和物业共同起草《锦苑广场公约》，"
                           + "经居民会议表决后施行，由广场治理监督委员会每日巡查。", moderator, minutes(noise, 38)));
        Instant stalls = minutes(noise, 45);
        send(new StartItem(DELIBERATION_DAY, STALLS, moderator, stalls));
        position(DELIBERATION_DAY, "resident05", Stance.SUPPORT, "摊位占了盲道和消防通道，轮椅过不去", minutes(stalls, 4));
        position(DELIBERATION_DAY, "merchant01", Stance.CONCERN, "商户愿意进指定区域经营，希望保留傍晚时段", minutes(stalls, 9));
        position(DELIBERATION_DAY, "resident16", Stance.SUPPORT, "收摊后要清理垃圾和油污", minutes(stalls, 14));
        send(new CloseItem(DELIBERATION_DAY, STALLS, Outcome.RECOMMENDATION,
                           "在中心广场西侧划定摆摊区域，每天17时至21时经营，不得占用消防通道和盲道；收摊后摊主清理场地，由物业每晚检查。",
                           moderator, minutes(stalls, 25)));
        send(new CloseSession(DELIBERATION_DAY, moderator, minutes(stalls, 30)));
    }

    /** The committee submits the decision its policy recorded, the party secretary approves, the committee publishes. */
    private void publish(DecisionId decision, Instant submitted) {
        eventually(() -> new SubmitDecisionForReview(decision, "据党群议事日建议形成，请审核", committee, submitted));
        send(new ApproveDecision(decision, "同意公布", secretary, submitted.plus(Duration.ofHours(20))));
        send(new PublishDecision(decision, Visibility.PUBLIC, committee, submitted.plus(Duration.ofHours(26))));
    }

    private void convention(DecisionId origin) {
        ConventionId square = SQUARE_CONVENTION;
        send(new DraftConvention(square, JINYUAN, "锦苑广场公约",
                                 "为了让中心广场安静、整洁、有序，锦苑社区居民、广场周边商户和物业公司根据党群议事日的建议，共同订立本公约。",
                                 Set.of(StakeholderGroup.MERCHANT, StakeholderGroup.PROPERTY_MANAGEMENT), origin, committee,
                                 daysAgo(27)));
        List<String> clauses = List.of(
                "广场舞等文体活动每晚九点前结束，音响音量不超过60分贝，以物业安装的分贝仪读数为准。",
                "每周五、周六晚上可延长至九点半，延长时段音量不超过50分贝。",
                "摊贩在广场西侧划定区域内经营，每天17时至21时，不得占用消防通道和盲道。",
                "收摊和活动结束后，摊主和活动组织者清理场地，垃圾分类投放。",
                "遛狗须牵绳，及时清理宠物粪便，不在儿童游乐区遛狗。",
                "广场治理监督委员会每日巡查，对违反本公约的行为先劝导，多次劝导无效的在社区公告栏公示。");
        ClauseId after = null;
        for (int i = 0; i < clauses.size(); i++) {
            ClauseId clause = new ClauseId("square-" + (i + 1));
            send(new AddClause(square, clause, null, clauses.get(i), after, "据党群议事日建议起草", committee,
                               minutes(daysAgo(27), 5 + i)));
            after = clause;
        }
        send(new PutOnPublicNotice(square, Duration.ofDays(7), committee, daysAgo(26)));

        Instant meeting = daysAgo(15);
        inOneUnitOfWork(() -> residentsMeeting(meeting));
        MotionId vote = square.motion(1);
        // the public notice ended at its deadline, which its processor handles on this start
        eventually(() -> new PutConventionToVote(square, vote, VotePurpose.ADOPTION, RESIDENTS_MEETING,
                                                 CONVENTION_VOTE, null, Secrecy.SECRET, moderator,
                                                 minutes(meeting, 20)));
        // the convention-voting policy opens the motion: wait for it with the first ballot
        eventually(() -> ballot(vote, 1, meeting));
        inOneUnitOfWork(() -> {
            for (int n = 2; n <= 34; n++) {
                send(ballot(vote, n, meeting));
            }
        });
        send(new CloseMotion(vote, 0, moderator, minutes(meeting, 35)));
        send(new CloseItem(RESIDENTS_MEETING, CONVENTION_VOTE, Outcome.REFERRED_TO_VOTE, "《锦苑广场公约》表决通过",
                           moderator, minutes(meeting, 36)));
        send(new CloseSession(RESIDENTS_MEETING, moderator, minutes(meeting, 40)));
        adopted(square);
    }

    /** A residents' meeting on the convention, 34 residents checked in (more than half of the roll), its item running. */
    private void residentsMeeting(Instant meeting) {
        send(new ScheduleSession(RESIDENTS_MEETING, JINYUAN, SessionKind.RESIDENTS_MEETING, "锦苑社区居民会议", meeting,
                                 "社区党群服务中心一楼大厅", Format.IN_ROOM, moderator,
                                 Set.of(StakeholderGroup.MERCHANT, StakeholderGroup.PROPERTY_MANAGEMENT), "JM2026", 180,
                                 true, committee, daysAgo(18)));
        send(new AddAgendaItem(RESIDENTS_MEETING, CONVENTION_VOTE, null, "表决《锦苑广场公约》", 40, 180, committee,
                               daysAgo(18)));
        send(new PublishAgenda(RESIDENTS_MEETING, committee, daysAgo(18)));
        send(new OpenSession(RESIDENTS_MEETING, moderator, meeting));
        for (int n = 1; n <= 34; n++) {
            PersonId resident = DemoPerson.idOf("resident%02d".formatted(n));
            send(new CheckIn(RESIDENTS_MEETING, resident, CheckInMethod.CODE, "JM2026", resident,
                             minutes(meeting, 1 + n % 10)));
        }
        send(new StartItem(RESIDENTS_MEETING, CONVENTION_VOTE, moderator, minutes(meeting, 15)));
    }

    /** Resident {@code n}'s secret ballot: two against and two abstaining, the rest in favour. */
    private CastBallot ballot(MotionId vote, int n, Instant meeting) {
        PersonId resident = DemoPerson.idOf("resident%02d".formatted(n));
        String option = n % 12 == 0 ? MotionOption.NO : n % 11 == 0 ? MotionOption.ABSTAIN : MotionOption.YES;
        return new CastBallot(vote, option, null, "demo-" + n, resident, minutes(meeting, 22 + n % 8));
    }

    /** Review, publication as v1, filing with the street office, and two patrol checks. */
    private void adopted(ConventionId square) {
        eventually(() -> new SubmitConventionForReview(square, "居民会议已表决通过，请审核", committee, daysAgo(14)));
        send(new ApproveConvention(square, "同意施行", secretary, daysAgo(13)));
        LocalDate effective = LocalDate.ofInstant(daysAgo(10), ZONE);
        send(new PublishConvention(square, effective, Visibility.PUBLIC, committee, daysAgo(12)));
        send(new FileConvention(square, 1, LocalDate.ofInstant(daysAgo(11), ZONE), "锦苑街道办事处",
                                "锦街备〔2026〕12号", committee, daysAgo(11)));
        PersonId supervisor = DemoPerson.idOf("supervisor01");
        send(new RecordPatrolCheck(square, new PatrolCheckId("square-patrol-1"), new ClauseId("square-1"),
                                   LocalDate.ofInstant(daysAgo(9), ZONE), "21:05 舞蹈队已停止，分贝仪读数48", null,
                                   supervisor, daysAgo(9)));
        send(new RecordPatrolCheck(square, new PatrolCheckId("square-patrol-2"), new ClauseId("square-3"),
                                   LocalDate.ofInstant(daysAgo(3), ZONE), "两个摊位占用盲道，已劝导移入西侧区域",
                                   "请物业在盲道旁加装提示牌", supervisor, daysAgo(3)));
    }

    /** One commit per aggregate for a run of commands no policy has to see in between, as the demo loader does. */
    private static void inOneUnitOfWork(Runnable commands) {
        DefaultUnitOfWork.startAndGet(new GenericMessage<>("demo history")).execute(commands);
    }

    private void position(SessionId session, String username, Stance stance, String reason, Instant at) {
        send(new RecordPosition(session, stance, reason, DemoPerson.idOf(username), at));
    }

    private void send(Object command) {
        commands.sendAndWait(command);
    }

    /** Sends the command until it is accepted: the policy it waits for runs on its own processor. */
    private void eventually(Supplier<Object> command) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                commands.sendAndWait(command.get());
                return;
            } catch (RuntimeException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw notYet;
                }
            }
        }
    }

    private Instant daysAgo(int days) {
        return daysAgo(now, days);
    }

    private static Instant daysAgo(Instant now, int days) {
        return now.minus(Duration.ofDays(days));
    }

    private static Instant minutes(Instant from, int minutes) {
        return from.plus(Duration.ofMinutes(minutes));
    }
}
