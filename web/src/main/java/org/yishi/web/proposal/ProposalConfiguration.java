package org.yishi.web.proposal;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yishi.query.proposaldetail.ProposalDetailProjection;
import org.yishi.query.proposallist.ProposalListProjection;
import org.yishi.query.screeningqueue.ScreeningQueueProjection;

@Configuration(proxyBeanMethods = false)
class ProposalConfiguration {

    @Bean
    ProposalListProjection proposalListProjection(MongoDatabase database) {
        return new ProposalListProjection(database);
    }

    @Bean
    ProposalDetailProjection proposalDetailProjection(MongoDatabase database) {
        return new ProposalDetailProjection(database);
    }

    @Bean
    ScreeningQueueProjection screeningQueueProjection(MongoDatabase database) {
        return new ScreeningQueueProjection(database);
    }
}
