package org.yishi.web.session;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yishi.query.meetingboard.BoardReplayQueries;
import org.yishi.query.meetingboard.MeetingBoardProjection;
import org.yishi.query.minutes.MinutesProjection;
import org.yishi.query.participation.ParticipationProjection;
import org.yishi.query.sessionlist.SessionListProjection;

/** The session projections this application runs (their processors are named in application.yml). */
@Configuration(proxyBeanMethods = false)
class SessionProjections {

    @Bean
    MeetingBoardProjection meetingBoardProjection(MongoDatabase database) {
        return new MeetingBoardProjection(database);
    }

    /** A closed session's board rebuilt from the event store, with the board projection's fold and names. */
    @Bean
    BoardReplayQueries boardReplayQueries(MongoDatabase database, EventStore events) {
        return new BoardReplayQueries(database, events);
    }

    @Bean
    SessionListProjection sessionListProjection(MongoDatabase database) {
        return new SessionListProjection(database);
    }

    @Bean
    ParticipationProjection participationProjection(MongoDatabase database) {
        return new ParticipationProjection(database);
    }

    @Bean
    MinutesProjection minutesProjection(MongoDatabase database) {
        return new MinutesProjection(database);
    }
}
