package org.yishi.query.motionrules;

import org.bson.Document;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.motion.ClosedBy;
import org.yishi.command.api.motion.Computation;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.MotionOption;
import org.yishi.command.api.motion.PassingBase;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.motion.Tally;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.api.session.HouseholdBallot;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionKind;
import org.yishi.query.api.motions.MotionResult;
import org.yishi.query.api.motions.Wording;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A motion's result, its options and tallies as views store them, and back. Views that show a result keep it whole,
 * as the close recorded it, so that the board, the ballot and the decision page say the same.
 */
public final class ResultDocuments {

    private ResultDocuments() {
    }

    public static Document result(MotionClosed closed, Method method, List<MotionOption> options, long position) {
        Wording explanation = MotionWording.explanation(closed, method, options);
        return new Document("outcome", closed.outcome().name())
                .append("chosen", closed.chosen())
                .append("tally", tally(closed.tally()))
                .append("computation", computation(closed.computation()))
                .append("explanation", wording(explanation))
                .append("ruleSet", ruleSet(closed.ruleSet()))
                .append("how", closed.how() == null ? null : closed.how().name())
                .append("closedAt", Date.from(closed.at()))
                .append("position", position);
    }

    public static MotionResult result(Document result) {
        if (result == null) {
            return null;
        }
        String how = result.getString("how");
        return new MotionResult(ResultOutcome.valueOf(result.getString("outcome")), result.getString("chosen"),
                                tally(result.get("tally", Document.class)),
                                computation(result.get("computation", Document.class)),
                                wording(result.get("explanation", Document.class)),
                                ruleSet(result.get("ruleSet", Document.class)),
                                how == null ? null : ClosedBy.valueOf(how), result.getDate("closedAt").toInstant(),
                                result.get("position", Number.class).longValue());
    }

    public static Document tally(Tally tally) {
        if (tally == null) {
            return null;
        }
        Document counts = new Document();
        new java.util.TreeMap<>(tally.counts()).forEach(counts::append);
        return new Document("counts", counts).append("ballots", tally.ballots()).append("eligible", tally.eligible())
                                             .append("objections", new ArrayList<>(tally.objections()));
    }

    public static Tally tally(Document tally) {
        if (tally == null) {
            return null;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        tally.get("counts", Document.class).forEach((key, count) -> counts.put(key, ((Number) count).intValue()));
        return new Tally(counts, tally.getInteger("ballots"), tally.getInteger("eligible"),
                         List.copyOf(tally.getList("objections", String.class)));
    }

    public static Document options(List<MotionOption> options) {
        return new Document("list", options.stream().map(option -> new Document("key", option.key())
                .append("chinese", option.chinese()).append("english", option.english())).toList());
    }

    public static List<MotionOption> options(Document options) {
        return options.getList("list", Document.class).stream()
                      .map(option -> new MotionOption(option.getString("key"), option.getString("chinese"),
                                                      option.getString("english"))).toList();
    }

    public static Document wording(Wording wording) {
        return new Document("chinese", wording.chinese()).append("english", wording.english());
    }

    public static Wording wording(Document wording) {
        return new Wording(wording.getString("chinese"), wording.getString("english"));
    }

    public static List<Document> wordings(List<Wording> wordings) {
        return wordings.stream().map(ResultDocuments::wording).toList();
    }

    public static List<Wording> readWordings(List<Document> wordings) {
        return wordings.stream().map(ResultDocuments::wording).toList();
    }

    private static Document computation(Computation computation) {
        return new Document("tookPart", computation.tookPart())
                .append("quorumRequired", computation.quorumRequired())
                .append("quorate", computation.quorate())
                .append("votesFor", computation.votesFor())
                .append("base", computation.base())
                .append("share", fraction(computation.share()))
                .append("atLeast", computation.atLeast())
                .append("passingBase", computation.passingBase() == null ? null : computation.passingBase().name())
                .append("leading", computation.leading() == null ? List.of() : new ArrayList<>(computation.leading()))
                .append("chosen", computation.chosen())
                .append("lot", computation.lot());
    }

    private static Computation computation(Document computation) {
        String base = computation.getString("passingBase");
        Number lot = computation.get("lot", Number.class);
        return new Computation(computation.getInteger("tookPart"), computation.getInteger("quorumRequired"),
                               computation.getBoolean("quorate"), computation.getInteger("votesFor"),
                               computation.getInteger("base"), fraction(computation.get("share", Document.class)),
                               computation.getBoolean("atLeast"), base == null ? null : PassingBase.valueOf(base),
                               List.copyOf(computation.getList("leading", String.class)),
                               computation.getString("chosen"), lot == null ? null : lot.longValue());
    }

    private static Document ruleSet(RuleSet rules) {
        if (rules == null) {
            return null;
        }
        return new Document("kind", rules.kind().name()).append("version", rules.version())
                                                        .append("electorate", rules.electorate().name())
                                                        .append("quorum", fraction(rules.quorum()))
                                                        .append("majority", fraction(rules.majority()))
                                                        .append("householdBallot", rules.householdBallot().name());
    }

    private static RuleSet ruleSet(Document rules) {
        if (rules == null) {
            return null;
        }
        return new RuleSet(SessionKind.valueOf(rules.getString("kind")), rules.getInteger("version"),
                           ElectorateType.valueOf(rules.getString("electorate")),
                           fraction(rules.get("quorum", Document.class)),
                           fraction(rules.get("majority", Document.class)),
                           HouseholdBallot.valueOf(rules.getString("householdBallot")));
    }

    private static Document fraction(Fraction fraction) {
        return fraction == null ? null : new Document("numerator", fraction.numerator())
                .append("denominator", fraction.denominator());
    }

    private static Fraction fraction(Document fraction) {
        return fraction == null ? null : new Fraction(fraction.getInteger("numerator"),
                                                      fraction.getInteger("denominator"));
    }
}
