package org.yishi.query.communitydirectory;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.CommunityRegistered;
import org.yishi.command.eventstore.embedded.EmbeddedMongoServer;
import org.yishi.query.api.communitydirectory.CommunityDirectory;
import org.yishi.query.api.communitydirectory.FindCommunities;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Against the embedded store over the wire protocol, as in production. */
class CommunityDirectoryProjectionTest {

    @TempDir
    Path directory;
    EmbeddedMongoServer server;
    MongoClient client;
    CommunityDirectoryProjection projection;

    @BeforeEach
    void open() {
        server = EmbeddedMongoServer.start(directory, "127.0.0.1", 0, false);
        client = MongoClients.create(server.connectionString());
        projection = new CommunityDirectoryProjection(client.getDatabase("yishi"));
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    private static CommunityRegistered registered(String id, String name) {
        return new CommunityRegistered(new CommunityId(id), name, "街道", "区", "operator");
    }

    @Test
    void registeredCommunitiesAreListedByNameWithTheNewestPosition() {
        projection.on(registered("qinghe", "清河社区"), 3L);
        projection.on(registered("jinyuan", "锦苑社区"), 7L);

        CommunityDirectory directory = projection.handle(new FindCommunities());

        assertThat(directory.communities()).extracting(CommunityDirectory.Entry::communityId)
                                           .containsExactlyInAnyOrder("jinyuan", "qinghe");
        assertThat(directory.position()).isEqualTo(7L);
    }

    @Test
    void handlingTheSameEventAgainChangesNothing() {
        projection.on(registered("jinyuan", "锦苑社区"), 7L);
        projection.on(registered("jinyuan", "锦苑社区"), 7L);

        assertThat(projection.handle(new FindCommunities()).communities()).hasSize(1);
    }

    @Test
    void aResetEmptiesTheDirectoryForAReplay() {
        projection.on(registered("jinyuan", "锦苑社区"), 7L);

        projection.reset();

        assertThat(projection.handle(new FindCommunities()))
                .isEqualTo(new CommunityDirectory(java.util.List.of(), -1));
    }
}
