package org.yishi.ops.demo;

import org.yishi.ops.live.WebUser;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.UUID;

/**
 * Has the demo community's residents vote on one motion, so that a newcomer trying Yishi alone can carry an online
 * vote whose quorum is more than half of the 48 people on the roll. Each resident signs in with the demo password and
 * sends one ballot over the same REST call as the phone page, so every rule (roll, one vote per person, the deadline)
 * applies as it does to a real voter; a refused ballot is printed with its reason.
 * <p>
 * Arguments: the application's address, the motion's id, how many residents vote (resident01 upwards, at most 50),
 * and the option (default YES). Example:
 * {@code java -cp "ops/target/classes:$(cat ops/target/classpath.txt)" org.yishi.ops.demo.DemoVoters
 * http://localhost:8080 <motion-id> 30 YES}
 */
public final class DemoVoters {

    private DemoVoters() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: DemoVoters <base-url> <motion-id> <residents> [option]   例：http://localhost:8080 abc 30 YES");
            System.exit(2);
        }
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        String motion = args[1];
        int residents = Math.min(50, Integer.parseInt(args[2]));
        String option = args.length > 3 ? args[3] : "YES";
        HttpClient http = HttpClient.newHttpClient();
        int counted = 0;
        for (int n = 1; n <= residents; n++) {
            String username = String.format("resident%02d", n);
            WebUser voter = WebUser.signIn(http, base, username);
            WebUser.Reply reply = voter.sendAsync("PUT", "api/motions/" + motion + "/ballot",
                                                  "{\"option\":\"" + option + "\"}",
                                                  Map.of("Idempotency-Key", UUID.randomUUID().toString())).join();
            if (reply.ok()) {
                counted++;
            } else {
                System.out.printf("%s: %d %s%n", username, reply.status(), reply.body());
            }
        }
        System.out.printf("%d of %d ballots accepted on motion %s (option %s)%n", counted, residents, motion, option);
    }
}
