package org.yishi.web.petition;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yishi.query.petitionboard.PetitionBoardProjection;

@Configuration(proxyBeanMethods = false)
class PetitionConfiguration {

    @Bean
    PetitionBoardProjection petitionBoardProjection(MongoDatabase database) {
        return new PetitionBoardProjection(database);
    }
}
