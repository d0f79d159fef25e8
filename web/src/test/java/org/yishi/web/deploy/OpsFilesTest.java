package org.yishi.web.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ConnectionString;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.yaml.snakeyaml.Yaml;
import org.yishi.web.RunningApplication;
import org.yishi.web.observability.Scrape;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The deployment files in {@code ops/deploy} cannot be started here (no container engine), so this reads them and
 * holds them to the application: they parse, the services and objects are there, the connection strings carry the
 * production settings, the probes and the scrape path answer on a running node, and every metric the dashboard
 * queries is in that node's scrape.
 */
@SuppressWarnings("unchecked")
class OpsFilesTest extends RunningApplication {

    private static final Path DEPLOY = Path.of("..", "ops", "deploy");
    private static final Pattern METRIC = Pattern.compile("\\byishi_[a-z_]+\\b");
    private static final Pattern BY = Pattern.compile("\\bby \\(([^)]*)\\)");

    @Autowired
    TestRestTemplate http;

    private static Map<String, Object> yaml(String file) throws IOException {
        return new Yaml().load(Files.readString(DEPLOY.resolve(file)));
    }

    private static List<Map<String, Object>> documents(String file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(Files.readString(DEPLOY.resolve(file)))) {
            documents.add((Map<String, Object>) document);
        }
        return documents;
    }

    private static Map<String, Object> map(Object value, String... path) {
        Object current = value;
        for (String key : path) {
            current = ((Map<String, Object>) current).get(key);
            assertThat(current).as("%s in %s", key, List.of(path)).isNotNull();
        }
        return (Map<String, Object>) current;
    }

    private static Map<String, Object> object(List<Map<String, Object>> documents, String kind, String name) {
        return documents.stream()
                        .filter(document -> kind.equals(document.get("kind"))
                                            && name.equals(map(document, "metadata").get("name")))
                        .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    /** The settings every production connection string must carry. */
    private static void productionSettings(String uri, int members) {
        ConnectionString connection = new ConnectionString(uri);
        assertThat(connection.getHosts()).hasSize(members);
        assertThat(connection.getRequiredReplicaSetName()).isEqualTo("rs0");
        assertThat(connection.getDatabase()).isEqualTo("yishi");
        assertThat(connection.getWriteConcern()).isNotNull();
        assertThat(connection.getWriteConcern().getWObject()).isEqualTo(WriteConcern.MAJORITY.getWObject());
        assertThat(connection.getWriteConcern().getJournal()).isTrue();
        assertThat(connection.getRetryWritesValue()).isTrue();
        assertThat(connection.getReadPreference()).isEqualTo(ReadPreference.primary());
    }

    private void answers(String path) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> assertThat(http.getForEntity(path, String.class).getStatusCode().value()).as(path)
                                                                                           .isEqualTo(200));
    }

    @Test
    void composeRunsAThreeMemberReplicaSetTwoNodesBehindTheProxyPrometheusAndGrafana() throws IOException {
        // given
        Map<String, Object> compose = yaml("compose.yaml");

        // when
        Map<String, Object> services = map(compose, "services");

        // then
        assertThat(services.keySet()).contains("mongo1", "mongo2", "mongo3", "mongo-init", "yishi1", "yishi2",
                                               "nginx", "prometheus", "grafana");
        for (String member : List.of("mongo1", "mongo2", "mongo3")) {
            assertThat((List<String>) map(services, member).get("command")).contains("--replSet", "rs0");
        }
        String init = Files.readString(DEPLOY.resolve("mongo/init-replica-set.js"));
        assertThat(init).contains("\"rs0\"", "mongo1:27017", "mongo2:27017", "mongo3:27017");
        for (String node : List.of("yishi1", "yishi2")) {
            Map<String, Object> yishi = map(services, node);
            productionSettings((String) map(yishi, "environment").get("MONGODB_URI"), 3);
            assertThat(map(yishi, "depends_on", "mongo-init")).containsEntry("condition",
                                                                            "service_completed_successfully");
            assertThat(map(yishi, "build")).containsEntry("dockerfile", "ops/deploy/Dockerfile");
            String probe = String.join(" ", (List<String>) map(yishi, "healthcheck").get("test"));
            assertThat(probe).contains("http://127.0.0.1:8080/actuator/health/readiness");
        }
        // every file compose mounts is in the repository
        for (var service : services.entrySet()) {
            Object volumes = ((Map<String, Object>) service.getValue()).get("volumes");
            if (volumes == null) {
                continue;
            }
            for (String volume : (List<String>) volumes) {
                if (volume.startsWith("./")) {
                    assertThat(DEPLOY.resolve(volume.substring(2, volume.indexOf(':')))).as(service.getKey())
                                                                                      .exists();
                }
            }
        }
        answers("/actuator/health/readiness");
    }

    @Test
    void theImageBuildsTheJarTheBuildMakesAndProbesReadiness() throws IOException {
        // given / when
        String dockerfile = Files.readString(DEPLOY.resolve("Dockerfile"));
        String webPom = Files.readString(Path.of("pom.xml"));

        // then
        assertThat(webPom).contains("<finalName>yishi</finalName>");
        assertThat(dockerfile).contains("FROM eclipse-temurin:17-jre", "COPY --from=build /src/web/target/yishi.jar",
                                        "EXPOSE 8080", "USER 10001",
                                        "http://127.0.0.1:8080/actuator/health/readiness");
        answers("/actuator/health/readiness");
    }

    @Test
    void nginxUpgradesWebSocketsOnWsAndBalancesTheTwoNodes() throws IOException {
        // given
        String nginx = Files.readString(DEPLOY.resolve("nginx/nginx.conf"));

        // when
        Matcher ws = Pattern.compile("location /ws \\{([^}]*)}").matcher(nginx);

        // then
        assertThat(ws.find()).isTrue();
        assertThat(ws.group(1)).contains("proxy_http_version 1.1;", "proxy_set_header Upgrade $http_upgrade;",
                                         "proxy_set_header Connection $connection_upgrade;", "proxy_read_timeout");
        assertThat(nginx).contains("map $http_upgrade $connection_upgrade", "server yishi1:8080", "server yishi2:8080");
        assertThat(nginx.chars().filter(c -> c == '{').count()).isEqualTo(nginx.chars().filter(c -> c == '}').count());
    }

    @Test
    void prometheusScrapesBothNodesWhereTheyAnswer() throws IOException {
        // given
        Map<String, Object> prometheus = yaml("prometheus/prometheus.yml");

        // when
        Map<String, Object> job = ((List<Map<String, Object>>) prometheus.get("scrape_configs")).get(0);
        List<String> targets = (List<String>) ((List<Map<String, Object>>) job.get("static_configs")).get(0)
                                                                                                      .get("targets");

        // then
        assertThat(targets).containsExactly("yishi1:8080", "yishi2:8080");
        assertThat(job).containsEntry("metrics_path", "/actuator/prometheus");
        answers("/actuator/prometheus");
        // and its alert rules, mounted where the configuration looks, ask for metrics the node has
        assertThat((List<String>) prometheus.get("rule_files")).containsExactly("/etc/prometheus/alerts.yml");
        assertThat((List<String>) map(yaml("compose.yaml"), "services", "prometheus").get("volumes"))
                .contains("./prometheus/alerts.yml:/etc/prometheus/alerts.yml:ro");
        Scrape scrape = Scrape.of(http.getForObject("/actuator/prometheus", String.class));
        List<Map<String, Object>> rules = (List<Map<String, Object>>) ((List<Map<String, Object>>) yaml(
                "prometheus/alerts.yml").get("groups")).get(0).get("rules");
        assertThat(rules).extracting(rule -> rule.get("alert")).contains("YishiProcessorBehind", "YishiGapsGivenUp");
        for (Map<String, Object> rule : rules) {
            Matcher metric = METRIC.matcher((String) rule.get("expr"));
            while (metric.find()) {
                assertThat(scrape.has(metric.group())).as(metric.group() + " in the scrape").isTrue();
            }
        }
    }

    @Test
    void everyMetricAndLabelTheDashboardQueriesIsInTheNodesScrape() throws IOException {
        // given the provisioned datasource and dashboard, and what a running node exposes
        Map<String, Object> datasource = ((List<Map<String, Object>>) yaml(
                "grafana/provisioning/datasources/prometheus.yaml").get("datasources")).get(0);
        Map<String, Object> provider = ((List<Map<String, Object>>) yaml(
                "grafana/provisioning/dashboards/yishi.yaml").get("providers")).get(0);
        JsonNode dashboard = new ObjectMapper().readTree(DEPLOY.resolve("grafana/dashboards/yishi.json").toFile());
        Scrape scrape = Scrape.of(http.getForObject("/actuator/prometheus", String.class));

        // when the dashboard's queries are read
        Set<String> metrics = new TreeSet<>();
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : dashboard.get("panels")) {
            assertThat(panel.at("/datasource/uid").asText()).isEqualTo(datasource.get("uid"));
            for (JsonNode target : panel.get("targets")) {
                assertThat(target.at("/datasource/uid").asText()).isEqualTo(datasource.get("uid"));
                String expr = target.get("expr").asText();
                expressions.add(expr);
                Matcher metric = METRIC.matcher(expr);
                while (metric.find()) {
                    metrics.add(metric.group());
                }
            }
        }

        // then the datasource and the provider fit compose, and each query asks for what exists
        assertThat(datasource).containsEntry("type", "prometheus").containsEntry("url", "http://prometheus:9090");
        assertThat(map(provider, "options")).containsEntry("path", "/var/lib/grafana/dashboards");
        assertThat(metrics).contains("yishi_commands_seconds_count", "yishi_eventstore_commit_latency_seconds_bucket",
                                     "yishi_eventstore_events_appended_total", "yishi_processor_lag_positions",
                                     "yishi_processor_lag_seconds", "yishi_eventstore_gaps_waiting",
                                     "yishi_eventstore_gaps_given_up_total", "yishi_live_clients",
                                     "yishi_board_push_latency_seconds_bucket", "yishi_ballots_cast_total",
                                     "yishi_search_seconds_bucket");
        for (String metric : metrics) {
            assertThat(scrape.has(metric)).as(metric + " in the scrape").isTrue();
        }
        for (String expr : expressions) {
            assertThat(expr.chars().filter(c -> c == '(').count()).as(expr)
                    .isEqualTo(expr.chars().filter(c -> c == ')').count());
            Matcher metric = METRIC.matcher(expr);
            metric.find();
            Matcher by = BY.matcher(expr);
            while (by.find()) {
                for (String label : by.group(1).split(",\\s*")) {
                    if (!label.equals("instance")) {
                        assertThat(scrape.find(metric.group()).stream().anyMatch(s -> s.labels().containsKey(label)))
                                .as("%s carries %s", metric.group(), label).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void kubernetesRunsTheReplicaSetAndTwoNodesThatAreReadyOnlyWhenTheirProcessorsAre() throws IOException {
        // given
        List<Map<String, Object>> mongo = documents("k8s/mongodb.yaml");
        List<Map<String, Object>> yishi = documents("k8s/yishi.yaml");
        List<Map<String, Object>> monitoring = documents("k8s/monitoring.yaml");
        List<Map<String, Object>> all = new ArrayList<>(mongo);
        all.addAll(yishi);
        all.addAll(monitoring);

        // when
        Map<String, Object> statefulSet = object(mongo, "StatefulSet", "mongo");
        Map<String, Object> deployment = object(yishi, "Deployment", "yishi");
        Map<String, Object> container = ((List<Map<String, Object>>) map(deployment, "spec", "template", "spec")
                .get("containers")).get(0);

        // then: the replica set
        assertThat(map(statefulSet, "spec")).containsEntry("replicas", 3).containsEntry("serviceName", "mongo");
        assertThat((List<String>) ((List<Map<String, Object>>) map(statefulSet, "spec", "template", "spec")
                .get("containers")).get(0).get("args")).contains("--replSet", "rs0");
        assertThat(map(object(mongo, "Service", "mongo"), "spec")).containsEntry("clusterIP", "None");
        assertThat(map(object(mongo, "ConfigMap", "mongo-init"), "data").get("init-replica-set.js").toString())
                .contains("mongo-0.mongo.yishi", "mongo-1.mongo.yishi", "mongo-2.mongo.yishi");
        object(mongo, "Job", "mongo-init");
        // the application: two replicas, probes on endpoints that answer, on the port the container names
        assertThat(map(deployment, "spec")).containsEntry("replicas", 2);
        productionSettings((String) map(object(yishi, "Secret", "yishi-store"), "stringData").get("MONGODB_URI"), 3);
        String port = (String) ((List<Map<String, Object>>) container.get("ports")).get(0).get("name");
        assertThat(map(container, "readinessProbe", "httpGet")).containsEntry("path", "/actuator/health/readiness")
                                                                .containsEntry("port", port);
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            Map<String, Object> get = map(container, probe, "httpGet");
            assertThat(get.get("port")).isEqualTo(port);
            answers((String) get.get("path"));
        }
        answers((String) map(deployment, "spec", "template", "metadata", "annotations").get("prometheus.io/path"));
        // the service and the ingress lead to that port, /ws included
        Map<String, Object> service = object(yishi, "Service", "yishi");
        Map<String, Object> servicePort = ((List<Map<String, Object>>) map(service, "spec").get("ports")).get(0);
        assertThat(servicePort.get("targetPort")).isEqualTo(port);
        assertThat(map(service, "spec", "selector")).isEqualTo(map(deployment, "spec", "selector", "matchLabels"));
        List<Map<String, Object>> paths = (List<Map<String, Object>>) map(
                ((List<Map<String, Object>>) map(object(yishi, "Ingress", "yishi"), "spec").get("rules")).get(0),
                "http").get("paths");
        assertThat(paths).extracting(path -> path.get("path")).contains("/ws", "/");
        for (Map<String, Object> path : paths) {
            assertThat(map(path, "backend", "service")).containsEntry("name", "yishi");
            assertThat(map(path, "backend", "service", "port")).containsEntry("name", servicePort.get("name"));
        }
        // monitoring: the embedded configurations parse and match the compose ones
        Map<String, Object> prometheus = new Yaml().load(
                (String) map(object(monitoring, "ConfigMap", "prometheus"), "data").get("prometheus.yml"));
        assertThat(prometheus.get("scrape_configs").toString()).contains("prometheus_io_scrape");
        Map<String, Object> datasources = new Yaml().load(
                (String) map(object(monitoring, "ConfigMap", "grafana-provisioning"), "data").get("datasource.yaml"));
        assertThat(datasources.get("datasources").toString()).contains("uid=yishi-prometheus");
        // every object lives in the namespace
        for (Map<String, Object> document : all) {
            assertThat(map(document, "metadata").get("namespace")).as(document.get("kind").toString())
                                                                   .isEqualTo("yishi");
        }
        assertThat(StreamSupport.stream(new Yaml().loadAll(Files.readString(DEPLOY.resolve("k8s/namespace.yaml")))
                                                  .spliterator(), false).count()).isEqualTo(1);
    }
}
