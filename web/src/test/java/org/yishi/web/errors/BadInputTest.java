package org.yishi.web.errors;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.yishi.web.RunningApplication;
import org.yishi.web.proposal.TestCommunity;
import org.yishi.web.signin.Credentials;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Fault test 4, bad input: every REST endpoint of the application (found from Spring's own table of mappings, so a
 * new endpoint is covered without being listed here) receives malformed JSON, wrong types, missing fields, NoSQL
 * operators where text belongs, script tags, an oversized body, the wrong content type and unknown ids, signed in as
 * the community's administrator (or a resident). Each answer must be a 4xx in the API's error shape with the message
 * in Chinese and English, and the event store's head must not move.
 */
@TestPropertySource(properties = "yishi.demo.enabled=false") // no demo data being loaded: the store is quiet
class BadInputTest extends RunningApplication {

    /** Path variables that name something: an id nobody has, or a word where a number or a role belongs. */
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    static final String SCRIPT = "<script>alert('xss')</script>";

    @Autowired
    MockMvc mvc;
    @Autowired
    CommandGateway commands;
    @Autowired
    Credentials credentials;
    @Autowired
    UserDetailsService users;
    @Autowired
    MongoDatabase database;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    TestCommunity community;

    @BeforeEach
    void aFreshCommunity() {
        community = new TestCommunity(commands, credentials, users);
    }

    record Endpoint(HttpMethod method, String pattern, Class<?> body, String params) {

        String path(String communityId) {
            Matcher matcher = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                String name = matcher.group(1);
                String value = name.equals("communityId") && communityId != null ? communityId : "no-such-" + name;
                matcher.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(path);
            return path.toString();
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /** Every REST endpoint: each mapping under /api, with the type of its body when it reads one. */
    List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Class<?> body = Arrays.stream(entry.getValue().getMethodParameters())
                                  .filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class))
                                  .map(parameter -> (Class<?>) parameter.getParameterType())
                                  .findFirst().orElse(null);
            String params = info.getParamsCondition().getExpressions().stream()
                                .filter(expression -> !expression.isNegated())
                                .map(expression -> expression.getName() + "=not-a-value")
                                .collect(Collectors.joining("&"));
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (var method : info.getMethodsCondition().getMethods()) {
                    endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), pattern, body, params));
                }
            }
        }
        endpoints.sort((a, b) -> a.toString().compareTo(b.toString()));
        return endpoints;
    }

    /** A body of the endpoint's own shape in which every field is {@code value} (JSON text). */
    static String everyField(Class<?> body, String value) {
        if (body == null || !body.isRecord()) {
            return "{\"text\":" + value + "}";
        }
        return Arrays.stream(body.getRecordComponents())
                     .map(component -> "\"" + component.getName() + "\":" + value)
                     .collect(Collectors.joining(",", "{", "}"));
    }

    record Case(String name, String contentType, String body, boolean realCommunity) {
    }

    static List<Case> casesFor(Endpoint endpoint) {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("unknown ids", MediaType.APPLICATION_JSON_VALUE, "{}", false));
        if (endpoint.method() == HttpMethod.GET || endpoint.method() == HttpMethod.DELETE) {
            return cases;
        }
        if (endpoint.body() != null) {
            cases.add(new Case("malformed JSON", MediaType.APPLICATION_JSON_VALUE, "{\"title\": \"unterminated", true));
            cases.add(new Case("a list where an object belongs", MediaType.APPLICATION_JSON_VALUE, "[1,2,3]", true));
            cases.add(new Case("a number where an object belongs", MediaType.APPLICATION_JSON_VALUE, "42", true));
            cases.add(new Case("missing fields", MediaType.APPLICATION_JSON_VALUE, "{}", true));
            cases.add(new Case("no body", MediaType.APPLICATION_JSON_VALUE, "", true));
            cases.add(new Case("wrong types", MediaType.APPLICATION_JSON_VALUE, everyField(endpoint.body(), "[true]"),
                               true));
            cases.add(new Case("NoSQL operator where text belongs", MediaType.APPLICATION_JSON_VALUE,
                               everyField(endpoint.body(), "{\"$gt\":\"\"}"), true));
            cases.add(new Case("script tags, unknown ids", MediaType.APPLICATION_JSON_VALUE,
                               everyField(endpoint.body(), "\"" + SCRIPT + "\""), false));
            cases.add(new Case("plain text body", MediaType.TEXT_PLAIN_VALUE, "hello", true));
        }
        cases.add(new Case("oversized body", MediaType.APPLICATION_JSON_VALUE,
                           "{\"text\":\"" + "长".repeat(RequestSizeLimit.LIMIT_BYTES / 3 + 10) + "\"}", true));
        return cases;
    }

    private long head() {
        Document last = database.getCollection("commits").find().sort(new Document("_id", -1)).limit(1).first();
        long count = database.getCollection("commits").countDocuments();
        return last == null ? -count : ((Number) last.get("_id")).longValue() * 1_000_000 + count;
    }

    private MockHttpServletResponse send(Endpoint endpoint, Case bad) throws Exception {
        return send(endpoint, bad, community.admin);
    }

    private MockHttpServletResponse send(Endpoint endpoint, Case bad, org.yishi.command.api.community.PersonId person)
            throws Exception {
        String path = endpoint.path(bad.realCommunity() ? community.id.value() : null);
        MockHttpServletRequestBuilder request = request(endpoint.method(), path + (endpoint.params().isEmpty()
                                                                                    ? "" : "?" + endpoint.params()))
                .with(user(community.user(person))).with(csrf())
                .header("Accept-Language", "zh-CN")
                .header("Idempotency-Key", "bad-input-" + bad.name().hashCode())
                .contentType(bad.contentType())
                .content(bad.body().getBytes(StandardCharsets.UTF_8));
        MvcResult started = mvc.perform(request).andReturn();
        return (started.getRequest().isAsyncStarted() ? mvc.perform(asyncDispatch(started)).andReturn() : started)
                .getResponse();
    }

    @Test
    void everyEndpointAnswersBadInputWithABilingual4xxAndStoresNothing() throws Exception {
        // given every REST endpoint and a community whose administrator is signed in
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(80);
        Map<String, String> failures = new TreeMap<>();
        int sent = 0;
        for (Endpoint endpoint : endpoints) {
            for (Case bad : casesFor(endpoint)) {
                long before = head();
                // when it receives the bad input
                MockHttpServletResponse response;
                try {
                    response = send(endpoint, bad);
                } catch (Exception | AssertionError thrown) {
                    failures.put(endpoint + " [" + bad.name() + "]", "threw " + thrown);
                    continue;
                }
                sent++;
                // then it answers with a 4xx in both languages, and the store is as it was
                int status = response.getStatus();
                String body = response.getContentAsString(StandardCharsets.UTF_8);
                String problem = null;
                if (status >= 500 || status < 400 && endpoint.method() != HttpMethod.GET) {
                    // a read of an unknown community's list may well be an empty list; nothing else may pass
                    problem = "status " + status;
                } else if (status >= 400 && (!body.startsWith("{") || !bilingual(body))) {
                    problem = "status " + status + " without a bilingual error: " + abbreviated(body);
                } else if (head() != before) {
                    problem = "status " + status + " but the store changed";
                }
                if (problem != null) {
                    failures.put(endpoint + " [" + bad.name() + "]", problem + " " + abbreviated(body));
                }
            }
        }
        assertThat(sent).isGreaterThan(300);
        assertThat(failures).as(failures.entrySet().stream().map(e -> e.getKey() + " -> " + e.getValue())
                                        .collect(Collectors.joining("\n", "\n", "\n")))
                            .isEmpty();
    }

    @Test
    void everyPageAnswersUnknownIdsAndWrongParametersWithoutAServerError() throws Exception {
        // given every page that is read with GET
        List<String> pages = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            if (info.getMethodsCondition().getMethods().stream().noneMatch(m -> m.name().equals("GET"))) {
                continue;
            }
            info.getPatternValues().stream().filter(pattern -> !pattern.startsWith("/api/") && !pattern.startsWith("/error"))
                .forEach(pages::add);
        }
        assertThat(pages).hasSizeGreaterThan(20);
        Map<String, String> failures = new TreeMap<>();
        long before = head();
        for (String pattern : pages) {
            for (String communityId : new String[]{null, community.id.value()}) {
                String path = new Endpoint(HttpMethod.GET, pattern, null, "").path(communityId);
                // when it is asked for something that does not exist, with parameters of the wrong type
                MvcResult result = mvc.perform(request(HttpMethod.GET, path + "?upTo=x&at=x&from=x&to=x&q=%7B%22%24gt%22%3A%22%22%7D")
                                                       .with(user(community.user(community.admin))))
                                      .andReturn();
                if (result.getRequest().isAsyncStarted()) {
                    result = mvc.perform(asyncDispatch(result)).andReturn();
                }
                // then it is not a server error
                int status = result.getResponse().getStatus();
                if (status >= 500) {
                    failures.put(path, "status " + status + " "
                                       + abbreviated(result.getResponse().getContentAsString(StandardCharsets.UTF_8)));
                }
            }
        }
        assertThat(failures).as(failures.toString()).isEmpty();
        assertThat(head()).isEqualTo(before);
    }

    @Test
    void scriptTagsAndOperatorsInStoredTextAreShownEscapedOnThePage() throws Exception {
        // given a proposal whose title is a script tag and whose description looks like a NoSQL operator
        String created = send(new Endpoint(HttpMethod.POST, "/api/communities/{communityId}/proposals", null, ""),
                              new Case("script title", MediaType.APPLICATION_JSON_VALUE,
                                       "{\"title\":\"" + SCRIPT + "\",\"description\":"
                                       + "\"{\\\"$gt\\\": \\\"\\\"} <img src=x onerror=alert(1)>\",\"category\":\"NOISE\"}",
                                       true), community.zhang)
                .getContentAsString(StandardCharsets.UTF_8);
        String id = JsonPath.read(created, "$.proposalId");
        // when its page is shown
        String[] page = new String[1];
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
            page[0] = mvc.perform(request(HttpMethod.GET, "/proposals/" + id).with(user(community.user(community.zhang))))
                         .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page[0]).contains("alert(");
        });
        // then the text is there, escaped, and no tag of it is
        assertThat(page[0]).doesNotContain(SCRIPT).doesNotContain("<img src=x")
                           .contains("&lt;script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    private static boolean bilingual(String body) {
        try {
            String chinese = JsonPath.read(body, "$.messages['zh-CN']");
            String english = JsonPath.read(body, "$.messages.en");
            String code = JsonPath.read(body, "$.code");
            return code != null && chinese != null && !chinese.isBlank() && english != null && !english.isBlank()
                   && chinese.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        } catch (RuntimeException notThere) {
            return false;
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
