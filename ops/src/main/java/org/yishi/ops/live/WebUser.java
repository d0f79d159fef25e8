package org.yishi.ops.live;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One demo person signed in over HTTP as a browser would be: form sign-in at {@code /signin}, the session cookie,
 * and the CSRF token from the {@code XSRF-TOKEN} cookie sent back in the {@code X-XSRF-TOKEN} header. Cookies are
 * kept here rather than in the shared client, so that many people can share one {@link HttpClient}.
 */
public final class WebUser {

    static final String DEMO_PASSWORD = "yishi2026";
    private static final String XSRF = "XSRF-TOKEN";
    /** Long: a command that takes this long is a finding, and one abandoned early may still be stored later. */
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    /** What came back: the status and the body as text. */
    public record Reply(int status, String body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public Reply orThrow(String what) {
            if (!ok()) {
                throw new IllegalStateException(what + " answered " + status + ": " + body);
            }
            return this;
        }
    }

    public final String username;
    public final String personId;
    private final HttpClient http;
    private final URI base;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    private WebUser(String username, HttpClient http, URI base) {
        this.username = username;
        this.personId = personIdOf(username);
        this.http = http;
        this.base = base;
    }

    /** A demo person's identifier, as the demo data registers them. */
    static String personIdOf(String username) {
        return "demo-" + username;
    }

    /** Someone not signed in, for what anyone may read. */
    public static WebUser anonymous(HttpClient http, URI base) {
        return new WebUser("anonymous", http, base);
    }

    /** Signs a demo person in with the demo password; fails if the application refuses. */
    public static WebUser signIn(HttpClient http, URI base, String username) throws IOException, InterruptedException {
        WebUser user = new WebUser(username, http, base);
        user.send(user.request("/signin").GET());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                      + "&password=" + URLEncoder.encode(DEMO_PASSWORD, StandardCharsets.UTF_8)
                      + "&_csrf=" + URLEncoder.encode(user.cookies.getOrDefault(XSRF, ""), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = user.send(user.request("/signin")
                                                      .header("Content-Type", "application/x-www-form-urlencoded")
                                                      .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in as " + username + " failed: " + signedIn.statusCode() + " "
                                            + location);
        }
        // Signing in replaces the CSRF token; the next page that needs one issues it in a fresh cookie.
        if (!user.cookies.containsKey(XSRF)) {
            user.send(user.request("/signin").GET());
        }
        if (!user.cookies.containsKey(XSRF)) {
            throw new IllegalStateException("No XSRF-TOKEN cookie for " + username + " after signing in");
        }
        return user;
    }

    /** The cookies to send with a WebSocket handshake as this person. */
    String cookieHeader() {
        return String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList());
    }

    public Reply get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request(path).GET());
        return new Reply(response.statusCode(), response.body());
    }

    public Reply post(String path, String json) throws IOException, InterruptedException {
        return sendAsync("POST", path, json).join();
    }

    /** A JSON request that changes something; {@code json} null sends no body. */
    public CompletableFuture<Reply> sendAsync(String method, String path, String json) {
        return sendAsync(method, path, json, Map.of());
    }

    /** With extra request headers, such as an {@code Idempotency-Key}. */
    public CompletableFuture<Reply> sendAsync(String method, String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", cookies.getOrDefault(XSRF, ""))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                                             : HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                   .thenApply(response -> {
                       keepCookies(response);
                       return new Reply(response.statusCode(), response.body());
                   });
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookieHeader());
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        keepCookies(response);
        return response;
    }

    private void keepCookies(HttpResponse<?> response) {
        List<String> setCookies = response.headers().allValues("Set-Cookie");
        for (String setCookie : setCookies) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String name = pair.substring(0, equals).trim();
            String value = pair.substring(equals + 1).trim();
            boolean expired = setCookie.toLowerCase().contains("max-age=0");
            if (value.isEmpty() || expired) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }
}
