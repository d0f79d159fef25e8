package org.yishi.web.records;

import org.springframework.stereotype.Component;
import org.yishi.command.eventstore.Checkpoints;
import org.yishi.query.api.decisions.DecisionPage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The records behind an agreement: the aggregates whose commits it rests on (the decision, its proposal, session and
 * motion), their fingerprint in the newest checkpoint, and the inclusion proof of them in a given checkpoint.
 */
@Component
public class AgreementRecords {

    /** One aggregate behind an agreement and the hash of its newest commit that the checkpoint includes. */
    public record CommitHash(String role, String aggregateId, long position, String hash) {
    }

    /**
     * What the page prints: the commits behind the agreement and the checkpoint that includes them; {@code
     * checkpoint} is null (and {@code commits} empty) until a checkpoint has been recorded after the decision.
     */
    public record Fingerprint(List<CommitHash> commits, Checkpoints.Summary checkpoint, String proof) {
    }

    /** The proof as the public endpoint answers it: which agreement, and the store's proof. */
    public record AgreementProof(String decision, Checkpoints.Proof proof) {
    }

    private record Behind(String role, String aggregateId) {
    }

    private final Checkpoints checkpoints;

    AgreementRecords(Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    public Fingerprint fingerprint(DecisionPage page) {
        Optional<Checkpoints.Checkpoint> latest = checkpoints.latest();
        if (latest.isEmpty() || latest.get().leafOf(page.decisionId()).isEmpty()) {
            return new Fingerprint(List.of(), null, null);
        }
        Checkpoints.Checkpoint checkpoint = latest.get();
        List<CommitHash> commits = new ArrayList<>();
        for (Behind behind : behind(page)) {
            checkpoint.leafOf(behind.aggregateId()).ifPresent(leaf -> commits.add(
                    new CommitHash(behind.role(), leaf.aggregateId(), leaf.position(), leaf.hash())));
        }
        return new Fingerprint(commits, checkpoint.summary(),
                               "/api/records/proof?decision=" + page.decisionId() + "&checkpoint="
                               + checkpoint.number());
    }

    /** Empty when there is no such checkpoint; {@code checkpoint} null asks for the newest. */
    public Optional<AgreementProof> proof(DecisionPage page, Long checkpoint) {
        Optional<Long> number = checkpoint != null ? Optional.of(checkpoint)
                                                   : checkpoints.latest().map(Checkpoints.Checkpoint::number);
        return number.flatMap(n -> checkpoints.prove(behind(page).stream().map(Behind::aggregateId).toList(), n))
                     .map(proof -> new AgreementProof(page.decisionId(), proof));
    }

    private static List<Behind> behind(DecisionPage page) {
        List<Behind> behind = new ArrayList<>();
        behind.add(new Behind("decision", page.decisionId()));
        DecisionPage.Links links = page.links();
        if (links != null) {
            if (links.proposalId() != null) {
                behind.add(new Behind("proposal", links.proposalId()));
            }
            if (links.sessionId() != null) {
                behind.add(new Behind("session", links.sessionId()));
            }
            if (links.motionId() != null) {
                behind.add(new Behind("motion", links.motionId()));
            }
        }
        return behind;
    }
}
