package org.yishi.web.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.yishi.command.api.account.ClaimUsername;
import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.RegisterHousehold;
import org.yishi.command.api.community.RegisterMember;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.GrantRole;
import org.yishi.command.api.community.VerifyResident;
import org.yishi.web.signin.Credentials;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.yishi.web.demo.DemoData.JINYUAN;

/**
 * Extra verified residents for load programs ({@code yishi.demo.voters}, 0 by default): {@code voter00001} … in
 * households of two ({@code load-hh-00001} …) spread over the demo's residents' groups, each registered through
 * ordinary commands like the rest of the demo. They sign in with the demo password; their hash uses BCrypt's lowest
 * cost, so that a load program can sign in ten thousand of them in seconds. Never turned on for real people.
 */
final class LoadTestVoters {

    private static final int PER_UNIT_OF_WORK = 250;
    private static final int SENDERS = 8;
    private static final PersonId ADMIN = DemoCommunity.ADMINISTRATOR.personId();

    private final CommandGateway commands;
    private final Credentials credentials;

    LoadTestVoters(CommandGateway commands, Credentials credentials) {
        this.commands = commands;
        this.credentials = credentials;
    }

    static String username(int i) {
        return "voter%05d".formatted(i);
    }

    void register(int voters) {
        claimUsernames(voters);
        // Several commits of a few hundred members each: one per member would replay the growing community for
        // every command, one for all would make a commit document too large for MongoDB.
        for (int first = 1; first <= voters; first += PER_UNIT_OF_WORK) {
            int from = first;
            int to = Math.min(voters, first + PER_UNIT_OF_WORK - 1);
            DefaultUnitOfWork.startAndGet(new GenericMessage<>("load-test voters")).execute(() -> {
                for (int i = from; i <= to; i++) {
                    registerOne(i);
                }
            });
        }
        String hash = new BCryptPasswordEncoder(4).encode(DemoData.PASSWORD);
        List<Credentials.Credential> all = new ArrayList<>();
        for (int i = 1; i <= voters; i++) {
            all.add(new Credentials.Credential(username(i), person(i), name(i), hash));
        }
        credentials.saveAll(all);
    }

    private void registerOne(int i) {
        HouseholdId household = new HouseholdId("load-hh-%05d".formatted((i + 1) / 2));
        if (i % 2 == 1) {
            GroupId group = DemoCommunity.group(1 + (i / 2) % DemoCommunity.BUILDINGS);
            commands.sendAndWait(new RegisterHousehold(JINYUAN, household, group, "L" + (1 + i / 200),
                                                       "", String.valueOf((i + 1) / 2), ADMIN));
        }
        PersonId person = person(i);
        commands.sendAndWait(new RegisterMember(JINYUAN, person, name(i), household, ADMIN));
        commands.sendAndWait(new VerifyResident(JINYUAN, person, ADMIN));
        commands.sendAndWait(new GrantRole(JINYUAN, person, Role.RESIDENT, null, ADMIN));
    }

    private void claimUsernames(int voters) {
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            CompletableFuture.allOf(IntStream.rangeClosed(1, voters).mapToObj(i -> CompletableFuture.runAsync(
                    () -> commands.sendAndWait(new ClaimUsername(username(i), person(i), person(i))), senders))
                                             .toArray(CompletableFuture[]::new)).join();
        } finally {
            senders.shutdown();
        }
    }

    private static PersonId person(int i) {
        return DemoPerson.idOf(username(i));
    }

    private static String name(int i) {
        return "测试居民" + i;
    }
}
