package org.yishi.web.community;

import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yishi.query.api.communitydirectory.CommunityDirectory;
import org.yishi.query.api.communitydirectory.FindCommunities;

import java.util.concurrent.CompletableFuture;

@RestController
@RequestMapping("/api/communities")
class CommunityController {

    private final QueryGateway queries;

    CommunityController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    CompletableFuture<CommunityDirectory> directory() {
        return queries.query(new FindCommunities(), CommunityDirectory.class);
    }
}
