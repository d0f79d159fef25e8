package org.yishi.web.session;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yishi.query.meetingboard.MeetingBoardProjection;

/** The session projections this application runs (their processors are named in application.yml). */
@Configuration(proxyBeanMethods = false)
class SessionProjections {

    @Bean
    MeetingBoardProjection meetingBoardProjection(MongoDatabase database) {
        return new MeetingBoardProjection(database);
    }
}
