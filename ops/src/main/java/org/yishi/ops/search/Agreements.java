package org.yishi.ops.search;

import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.convention.ClauseId;
import org.yishi.command.api.convention.ConventionId;
import org.yishi.command.api.convention.ConventionPublished;
import org.yishi.command.api.convention.PublishedClause;
import org.yishi.command.api.decision.DecisionId;
import org.yishi.command.api.decision.DecisionPublished;
import org.yishi.command.api.decision.DecisionRecorded;
import org.yishi.command.api.decision.DecisionSource;
import org.yishi.command.api.decision.DecisionSubmittedForReview;
import org.yishi.command.api.decision.Visibility;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.Destination;
import org.yishi.command.api.proposal.ProposalAccepted;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.proposal.ProposalSubmitted;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Realistic agreements of many communities, as the events that publish them, from a fixed seed: seven in ten are
 * decisions on a proposal (each proposal submitted and accepted, the decision recorded, submitted and published, four
 * in five to everyone), two in ten convention versions, one in ten screened proposals left for the committee. Titles
 * and bodies are built from a vocabulary of community topics.
 */
final class Agreements {

    static final int COMMUNITIES = 50;

    /** Per category, its subjects: the words residents use for it. */
    static final List<Topic> TOPICS = List.of(
            new Topic(Category.NOISE, List.of("广场舞", "噪音", "音响", "分贝", "夜间施工", "装修噪音", "喇叭")),
            new Topic(Category.PARKING, List.of("停车", "车位", "充电桩", "电动车", "地下车库", "访客车辆", "共享单车")),
            new Topic(Category.PETS, List.of("宠物", "遛狗", "牵绳", "犬只", "流浪猫", "宠物粪便", "养犬登记")),
            new Topic(Category.ENVIRONMENT, List.of("垃圾分类", "环境卫生", "绿化", "楼道堆物", "餐厨垃圾", "化粪池", "蚊虫")),
            new Topic(Category.SAFETY, List.of("消防通道", "监控", "电动车充电", "高空抛物", "门禁", "防汛", "燃气")),
            new Topic(Category.FACILITIES, List.of("电梯", "加装电梯", "路灯", "健身器材", "活动室", "维修基金", "屋面漏水")),
            new Topic(Category.OTHER, List.of("老年食堂", "托育", "志愿服务", "邻里纠纷", "议事规则", "助餐", "文化活动")));

    private static final List<String> WHO = List.of("物业公司", "业主委员会", "居委会", "网格员", "志愿者队伍", "商户代表",
                                                    "社区党委", "共建单位", "楼栋长");
    private static final List<String> WHEN = List.of("本月底前", "下季度", "春节前", "三个月内", "汛期前", "年底前",
                                                     "两周内");
    private static final List<String> PLACES = List.of("中心广场", "3号楼", "东门", "地下车库", "健身步道", "老年活动中心",
                                                       "幼儿园旁", "小区北门", "12栋楼道");
    private static final List<String> SENTENCES = List.of(
            "经居民议事会协商，%s问题由%s牵头负责，%s完成整改。",
            "%s在%s附近的问题，居民反映强烈，%s应于%s前提出方案。",
            "关于%s，%s和%s达成一致意见，并由%s每月公示进展。",
            "居民可通过议事平台对%s的落实情况评价，%s负责回复。",
            "%s的费用从维修基金或共建资金中列支，%s监督使用。",
            "对违反%s约定的行为，先由%s劝导，多次劝导无效的记入%s台账。");

    record Topic(Category category, List<String> subjects) {
    }

    private final Random random = new Random(20261203L);
    private final PersonId committee = new PersonId("bench-committee");
    private final Instant start = LocalDate.of(2021, 1, 1).atStartOfDay().toInstant(ZoneOffset.ofHours(8));

    /** Hands the events of {@code count} agreements to {@code events}, in order; returns how many events. */
    long generate(int count, Consumer<Object> events) {
        long handed = 0;
        for (int i = 0; i < count; i++) {
            CommunityId community = new CommunityId(community(random.nextInt(COMMUNITIES)));
            Topic topic = TOPICS.get(random.nextInt(TOPICS.size()));
            Instant at = start.plusSeconds(i * 1_500L + random.nextInt(1_000));
            int kind = random.nextInt(10);
            List<Object> agreement = new ArrayList<>();
            if (kind < 7) {
                ProposalId proposal = new ProposalId("p-" + i);
                agreement.add(new ProposalSubmitted(proposal, community, title(topic, "关于", "的议题"), body(topic, 2),
                                                    topic.category(), pick(PLACES), committee, at));
                agreement.add(new ProposalAccepted(proposal, Destination.DELIBERATION_DAY, null, null, committee, at));
                DecisionId decision = new DecisionId("d-" + i);
                String title = title(topic, "关于", "的决议");
                agreement.add(new DecisionRecorded(decision, community, DecisionSource.RECOMMENDATION, title, "",
                                                   proposal, null, null, null, committee, at));
                agreement.add(new DecisionSubmittedForReview(decision, 1, title, body(topic, 4 + random.nextInt(5)),
                                                             null, committee, at));
                agreement.add(new DecisionPublished(decision, random.nextInt(5) < 4 ? Visibility.PUBLIC
                        : Visibility.COMMUNITY, committee, at));
            } else if (kind < 9) {
                List<PublishedClause> clauses = new ArrayList<>();
                int number = 4 + random.nextInt(6);
                for (int c = 1; c <= number; c++) {
                    clauses.add(new PublishedClause(new ClauseId("c" + c), c, null, body(topic, 1)));
                }
                agreement.add(new ConventionPublished(new ConventionId("cv-" + i), community, 1,
                                                      LocalDate.ofInstant(at, ZoneOffset.ofHours(8)),
                                                      random.nextInt(5) < 4 ? Visibility.PUBLIC : Visibility.COMMUNITY,
                                                      title(topic, "", "公约"), "为维护社区秩序，居民共同订立本公约。",
                                                      clauses, committee, at));
            } else {
                ProposalId proposal = new ProposalId("p-" + i);
                agreement.add(new ProposalSubmitted(proposal, community, title(topic, "建议解决", "问题"), body(topic, 2),
                                                    topic.category(), pick(PLACES), committee, at));
                agreement.add(new ProposalAccepted(proposal, Destination.DELIBERATION_DAY, null, null, committee, at));
            }
            agreement.forEach(events);
            handed += agreement.size();
        }
        return handed;
    }

    static String community(int n) {
        return "c-%02d".formatted(n + 1);
    }

    private String title(Topic topic, String before, String after) {
        String subject = pick(topic.subjects());
        String place = random.nextBoolean() ? pick(PLACES) : "";
        return before + place + subject + after;
    }

    private String body(Topic topic, int sentences) {
        StringBuilder body = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            String sentence = pick(SENTENCES);
            int slots = sentence.split("%s", -1).length - 1;
            Object[] words = new Object[slots];
            for (int w = 0; w < slots; w++) {
                words[w] = switch (w % 3) {
                    case 0 -> pick(topic.subjects());
                    case 1 -> random.nextInt(4) == 0 ? pick(PLACES) : pick(WHO);
                    default -> random.nextInt(3) == 0 ? pick(WHEN) : pick(WHO);
                };
            }
            body.append(sentence.formatted(words));
        }
        return body.toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
