package org.yishi.web.community;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yishi.query.communitydirectory.CommunityDirectoryProjection;
import org.yishi.query.memberdirectory.MemberDirectoryProjection;

@Configuration(proxyBeanMethods = false)
class CommunityConfiguration {

    @Bean
    CommunityDirectoryProjection communityDirectoryProjection(MongoDatabase database) {
        return new CommunityDirectoryProjection(database);
    }

    @Bean
    MemberDirectoryProjection memberDirectoryProjection(MongoDatabase database) {
        return new MemberDirectoryProjection(database);
    }
}
