package org.yishi.web.decision;

import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.decision.Visibility;
import org.yishi.query.api.decisions.FindOverdueActions;
import org.yishi.query.api.decisions.OverdueActions;
import org.yishi.query.api.motions.FindMotions;
import org.yishi.query.api.motions.MotionList;
import org.yishi.query.api.motions.MotionStatus;
import org.yishi.query.api.notifications.FindNotifications;
import org.yishi.query.api.notifications.Inbox;
import org.yishi.web.community.Membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What the community's home page shows besides its proposals: the follow-up actions that are overdue (all of them to
 * members, those of decisions published to everyone to others), the votes open now (to members), and the reader's
 * own notifications. Read here so that the proposal pages need not know the decision and motion views.
 */
@Component
public class CommunityNotices {

    private static final int NEWEST_NOTIFICATIONS = 10;

    private final QueryGateway queries;
    private final Membership membership;
    private final Clock clock;

    CommunityNotices(QueryGateway queries, Membership membership, Clock clock) {
        this.queries = queries;
        this.membership = membership;
        this.clock = clock;
    }

    public void addTo(Model model, String communityId, PersonId reader) {
        boolean member = membership.isMember(communityId, reader);
        LocalDate today = LocalDate.now(clock.withZone(DecisionReads.COMMUNITY_ZONE));
        List<OverdueActions.Entry> overdue = queries.query(new FindOverdueActions(communityId, today),
                                                           OverdueActions.class).join().actions().stream()
                                                    .filter(action -> member
                                                                      || action.visibility() == Visibility.PUBLIC)
                                                    .toList();
        List<MotionList.Entry> openVotes = member
                ? queries.query(new FindMotions(communityId, null), MotionList.class).join().motions().stream()
                         .filter(motion -> motion.status() == MotionStatus.OPEN).toList()
                : List.of();
        Inbox inbox = queries.query(new FindNotifications(reader.value()), Inbox.class).join();
        model.addAttribute("overdue", overdue).addAttribute("openVotes", openVotes)
             .addAttribute("notifications", inbox.notifications().stream().limit(NEWEST_NOTIFICATIONS).toList());
    }
}
