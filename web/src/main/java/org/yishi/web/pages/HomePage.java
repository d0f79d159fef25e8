package org.yishi.web.pages;

import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.yishi.query.api.communitydirectory.CommunityDirectory;
import org.yishi.query.api.communitydirectory.FindCommunities;

/** The start page, open to everyone: the communities Yishi serves, each a link to its proposals. */
@Controller
class HomePage {

    private final QueryGateway queries;

    HomePage(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("directory", queries.query(new FindCommunities(), CommunityDirectory.class).join());
        return "home";
    }
}
