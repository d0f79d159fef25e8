package org.yishi.web.need;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yishi.query.needlist.NeedListProjection;

@Configuration(proxyBeanMethods = false)
class NeedConfiguration {

    @Bean
    NeedListProjection needListProjection(MongoDatabase database) {
        return new NeedListProjection(database);
    }
}
