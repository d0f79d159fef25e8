package org.yishi.command.session;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.session.AddAgendaItem;
import org.yishi.command.api.session.AddMinutesNote;
import org.yishi.command.api.session.AdjournSession;
import org.yishi.command.api.session.AgendaItemAdded;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.ChangeBoardVisibility;
import org.yishi.command.api.session.Format;
import org.yishi.command.api.session.OpenSession;
import org.yishi.command.api.session.PublishAgenda;
import org.yishi.command.api.session.RemoveAgendaItem;
import org.yishi.command.api.session.ReorderAgenda;
import org.yishi.command.api.session.ResumeSession;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.ScheduleSession;
import org.yishi.command.api.session.SessionAdjourned;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.api.session.SessionOpened;
import org.yishi.command.api.session.SessionScheduled;
import org.yishi.command.api.session.StartItem;
import org.yishi.command.authz.AuthorizationMatrix;
import org.yishi.command.authz.AuthorizationMatrix.Row;
import org.yishi.command.authz.Cast;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.yishi.command.session.Square.AT;
import static org.yishi.command.session.Square.CODE;
import static org.yishi.command.session.Square.NOISE_ITEM;
import static org.yishi.command.session.Square.SESSION;
import static org.yishi.command.session.Square.SPEAKING_SECONDS;
import static org.yishi.command.session.Square.STALLS_ITEM;
import static org.yishi.command.session.Square.STARTS_AT;

/**
 * The authorization matrix for the session commands that organise and chair a session (see
 * {@link AuthorizationMatrix}); the moderator holder is the session's own moderator. Presence-based commands (check
 * in, the floor, positions) and the rest of the chair's are still awaiting rows.
 */
class SessionAuthorizationMatrixTest {

    private static final PersonId MODERATOR = Cast.holder(Role.MODERATOR);

    private AggregateTestFixture<Session> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Session.class);
        fixture.registerInjectableResource(new Cast());
        fixture.registerInjectableResource(Square.proposals());
    }

    private static List<Object> withAgenda() {
        RuleSet rules = RuleSet.defaultFor(SessionKind.DELIBERATION_DAY);
        PersonId committee = Cast.holder(Role.COMMITTEE_MEMBER);
        return List.of(new SessionScheduled(SESSION, Cast.HOME, SessionKind.DELIBERATION_DAY, "锦苑广场议事日", STARTS_AT,
                                            "社区活动中心", Format.HYBRID, MODERATOR,
                                            Set.of(StakeholderGroup.PROPERTY_MANAGEMENT), CODE, SPEAKING_SECONDS, false,
                                            rules, 10, rules.required(10), committee, AT),
                       new AgendaItemAdded(SESSION, NOISE_ITEM, null, "广场舞噪音扰民", 30, SPEAKING_SECONDS, committee, AT),
                       new AgendaItemAdded(SESSION, STALLS_ITEM, null, "流动摊贩管理", 20, 120, committee, AT));
    }

    private static List<Object> opened() {
        List<Object> events = new ArrayList<>(withAgenda());
        events.add(new SessionOpened(SESSION, RuleSet.defaultFor(SessionKind.DELIBERATION_DAY), 10, 0, 0, MODERATOR,
                                     AT));
        return events;
    }

    private static List<Object> adjourned() {
        List<Object> events = new ArrayList<>(opened());
        events.add(new SessionAdjourned(SESSION, null, MODERATOR, AT));
        return events;
    }

    private record Case(List<Object> given, Row row) {
        @Override
        public String toString() {
            return row.toString();
        }
    }

    private static Stream<Case> cases(Class<?> type, List<Object> given, Function<PersonId, ?> command) {
        return AuthorizationMatrix.rows(type, command).map(row -> new Case(given, row));
    }

    static Stream<Arguments> matrix() {
        return Stream.of(
                cases(ScheduleSession.class, List.of(),
                      actor -> new ScheduleSession(SESSION, Cast.HOME, SessionKind.DELIBERATION_DAY, "锦苑广场议事日",
                                                   STARTS_AT, "社区活动中心", Format.HYBRID, MODERATOR,
                                                   Set.of(StakeholderGroup.PROPERTY_MANAGEMENT), CODE,
                                                   SPEAKING_SECONDS, false, actor, AT)),
                cases(PublishAgenda.class, withAgenda(), actor -> new PublishAgenda(SESSION, actor, AT)),
                cases(RemoveAgendaItem.class, withAgenda(),
                      actor -> new RemoveAgendaItem(SESSION, STALLS_ITEM, actor, AT)),
                cases(ReorderAgenda.class, withAgenda(),
                      actor -> new ReorderAgenda(SESSION, List.of(STALLS_ITEM, NOISE_ITEM), actor, AT)),
                cases(ChangeBoardVisibility.class, withAgenda(),
                      actor -> new ChangeBoardVisibility(SESSION, true, actor, AT)),
                cases(OpenSession.class, withAgenda(), actor -> new OpenSession(SESSION, actor, AT)),
                cases(StartItem.class, opened(), actor -> new StartItem(SESSION, NOISE_ITEM, actor, AT)),
                cases(AdjournSession.class, opened(), actor -> new AdjournSession(SESSION, "午休", actor, AT)),
                cases(ResumeSession.class, adjourned(), actor -> new ResumeSession(SESSION, actor, AT)),
                cases(AddAgendaItem.class, withAgenda(),
                      actor -> new AddAgendaItem(SESSION, new AgendaItemId("item-sorting"), null, "垃圾分类", 15, 90,
                                                 actor, AT)),
                cases(AddMinutesNote.class, opened(),
                      actor -> new AddMinutesNote(SESSION, NOISE_ITEM, "物业同意九点后关闭音响", actor, AT))
        ).flatMap(s -> s).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void onlyTheRolesInTheMatrixPass(Case c) {
        AuthorizationMatrix.check(fixture, c.given(), c.row());
    }
}
