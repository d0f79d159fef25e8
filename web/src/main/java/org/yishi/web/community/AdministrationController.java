package org.yishi.web.community;

import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yishi.command.api.community.AddResidentsGroup;
import org.yishi.command.api.community.ChangePetitionThresholds;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.DesignateHouseholdRepresentative;
import org.yishi.command.api.community.AssignGridGroups;
import org.yishi.command.api.community.GrantRole;
import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.RegisterHousehold;
import org.yishi.command.api.community.RegisterMember;
import org.yishi.command.api.community.RevokeRole;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.VerifyResident;
import org.yishi.query.api.members.FindMembers;
import org.yishi.query.api.members.MemberDirectory;
import org.yishi.web.community.AdministrationRequests.Grant;
import org.yishi.web.community.AdministrationRequests.GridGroups;
import org.yishi.web.community.AdministrationRequests.NewGroup;
import org.yishi.web.community.AdministrationRequests.NewHousehold;
import org.yishi.web.community.AdministrationRequests.NewMember;
import org.yishi.web.community.AdministrationRequests.Representative;
import org.yishi.web.community.AdministrationRequests.Thresholds;
import org.yishi.web.signin.YishiUser;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * What a community's administrators manage: groups, households, members, residence checks, roles and petition
 * thresholds. The command side decides whether the caller may; this only names who is asking.
 */
@RestController
@RequestMapping("/api/communities/{communityId}")
class AdministrationController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    AdministrationController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(summary = "成员、户与居民小组 / Members, households and residents' groups")
    @GetMapping("/members")
    CompletableFuture<MemberDirectory> members(@PathVariable String communityId,
                                               @AuthenticationPrincipal YishiUser user) {
        return queries.query(new FindMembers(communityId), MemberDirectory.class)
                      .thenApply(directory -> Administrators.requireAmong(directory, user.personId()));
    }

    @Operation(summary = "添加居民小组 / Add a residents' group")
    @PostMapping("/groups")
    @ResponseStatus(HttpStatus.CREATED)
    CompletableFuture<Void> addGroup(@PathVariable String communityId, @RequestBody NewGroup group,
                                     @AuthenticationPrincipal YishiUser user) {
        return commands.send(new AddResidentsGroup(new CommunityId(communityId), new GroupId(group.groupId()),
                                                   group.name(), user.personId()));
    }

    @Operation(summary = "登记户 / Register a household")
    @PostMapping("/households")
    @ResponseStatus(HttpStatus.CREATED)
    CompletableFuture<Void> registerHousehold(@PathVariable String communityId, @RequestBody NewHousehold household,
                                              @AuthenticationPrincipal YishiUser user) {
        return commands.send(new RegisterHousehold(new CommunityId(communityId),
                                                   new HouseholdId(household.householdId()),
                                                   new GroupId(household.groupId()), household.building(),
                                                   household.unit(), household.room(), user.personId()));
    }

    @Operation(summary = "登记成员 / Register a member")
    @PostMapping("/members")
    @ResponseStatus(HttpStatus.CREATED)
    CompletableFuture<Void> registerMember(@PathVariable String communityId, @RequestBody NewMember member,
                                           @AuthenticationPrincipal YishiUser user) {
        HouseholdId household = member.householdId() == null ? null : new HouseholdId(member.householdId());
        return commands.send(new RegisterMember(new CommunityId(communityId), new PersonId(member.personId()),
                                                member.displayName(), household, user.personId()));
    }

    @Operation(summary = "核实居住情况 / Verify a resident's residence")
    @PostMapping("/members/{personId}/verification")
    CompletableFuture<Void> verify(@PathVariable String communityId, @PathVariable String personId,
                                   @AuthenticationPrincipal YishiUser user) {
        return commands.send(new VerifyResident(new CommunityId(communityId), new PersonId(personId),
                                                user.personId()));
    }

    @Operation(summary = "授予角色 / Grant a role")
    @PostMapping("/members/{personId}/roles")
    CompletableFuture<Void> grant(@PathVariable String communityId, @PathVariable String personId,
                                  @RequestBody Grant grant, @AuthenticationPrincipal YishiUser user) {
        return commands.send(new GrantRole(new CommunityId(communityId), new PersonId(personId), grant.role(),
                                           grant.stakeholderGroup(), user.personId()));
    }

    @Operation(summary = "撤销角色 / Revoke a role")
    @DeleteMapping("/members/{personId}/roles/{role}")
    CompletableFuture<Void> revoke(@PathVariable String communityId, @PathVariable String personId,
                                   @PathVariable Role role, @AuthenticationPrincipal YishiUser user) {
        return commands.send(new RevokeRole(new CommunityId(communityId), new PersonId(personId), role,
                                            user.personId()));
    }

    @Operation(summary = "设定网格员负责的居民小组 / Set the residents' groups a grid worker covers")
    @PutMapping("/members/{personId}/grid-groups")
    CompletableFuture<Void> assignGridGroups(@PathVariable String communityId, @PathVariable String personId,
                                             @RequestBody GridGroups groups, @AuthenticationPrincipal YishiUser user) {
        Set<GroupId> covered = groups.groups() == null ? null
                               : groups.groups().stream().map(GroupId::new).collect(Collectors.toSet());
        return commands.send(new AssignGridGroups(new CommunityId(communityId), new PersonId(personId), covered,
                                                  user.personId()));
    }

    @Operation(summary = "指定户代表 / Designate a household's representative")
    @PutMapping("/households/{householdId}/representative")
    CompletableFuture<Void> designate(@PathVariable String communityId, @PathVariable String householdId,
                                      @RequestBody Representative representative,
                                      @AuthenticationPrincipal YishiUser user) {
        return commands.send(new DesignateHouseholdRepresentative(new CommunityId(communityId),
                                                                  new HouseholdId(householdId),
                                                                  new PersonId(representative.personId()),
                                                                  user.personId()));
    }

    @Operation(summary = "修改联名请求召开居民会议的门槛 / Change the petition thresholds")
    @PutMapping("/petition-thresholds")
    CompletableFuture<Void> thresholds(@PathVariable String communityId, @RequestBody Thresholds thresholds,
                                       @AuthenticationPrincipal YishiUser user) {
        return commands.send(new ChangePetitionThresholds(new CommunityId(communityId), thresholds.thresholds(),
                                                          user.personId()));
    }
}
