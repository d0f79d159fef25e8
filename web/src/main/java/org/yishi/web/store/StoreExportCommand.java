package org.yishi.web.store;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.yishi.command.eventstore.StoreExport;
import org.yishi.command.eventstore.embedded.EmbeddedMongoServer;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar yishi.jar export-store --to mongodb://…/yishi [--directory=data | --from=mongodb://…/yishi]}:
 * copies the embedded store (the one in {@code --directory}, default {@code $YISHI_DATA} or {@code data}; or a
 * standalone one at {@code --from}) into the database the {@code --to} connection string names (default
 * {@code yishi}), then compares both sides. Exit code 0 when every collection matches, 1 when one does not, 2 for a
 * wrong invocation. Stop every application node on the source first; running it again after an interruption
 * completes the copy.
 */
public final class StoreExportCommand {

    public static final String NAME = "export-store";

    private static final String STORE_FILE = "yishi.mv.db";
    private static final String USAGE = "用法 / usage: java -jar yishi.jar export-store --to mongodb://host1,host2,host3/"
                                        + "yishi?replicaSet=rs0&w=majority&journal=true [--directory=data | "
                                        + "--from=mongodb://127.0.0.1:27017/yishi]";

    private StoreExportCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException wrong) {
            err.println(wrong.getMessage());
            err.println(USAGE);
            return 2;
        }
        EmbeddedMongoServer embedded = null;
        String from = options.from();
        try {
            if (from == null) {
                if (!Files.isRegularFile(options.directory().resolve(STORE_FILE))) {
                    err.println("目录 " + options.directory() + " 中没有嵌入式存储 / There is no embedded store in "
                                + options.directory());
                    return 2;
                }
                try {
                    embedded = EmbeddedMongoServer.start(options.directory(), "127.0.0.1", 0, true);
                } catch (RuntimeException locked) {
                    err.println("无法打开 " + options.directory() + " 中的嵌入式存储，应用是否仍在运行？请先停止 / Cannot "
                                + "open the embedded store in " + options.directory() + " (is the application still "
                                + "running? stop it first): " + locked.getMessage());
                    return 2;
                }
                from = embedded.connectionString() + "/yishi";
            }
            return export(new ConnectionString(from), options.to(), out, err);
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static int export(ConnectionString from, ConnectionString to, PrintStream out, PrintStream err) {
        try (MongoClient source = MongoClients.create(from); MongoClient target = MongoClients.create(to)) {
            String sourceDatabase = from.getDatabase() == null ? "yishi" : from.getDatabase();
            String targetDatabase = to.getDatabase() == null ? "yishi" : to.getDatabase();
            out.println("导出 / exporting " + from.getHosts() + "/" + sourceDatabase + " -> " + to.getHosts() + "/"
                        + targetDatabase);
            StoreExport export = new StoreExport(source.getDatabase(sourceDatabase),
                                                 target.getDatabase(targetDatabase),
                                                 line -> out.println("  copied " + line));
            Map<String, Long> written;
            try {
                written = export.run();
            } catch (StoreExport.DifferentStore different) {
                err.println(different.getMessage());
                return 1;
            }
            List<StoreExport.Comparison> comparisons = export.verify();
            boolean all = true;
            out.printf("%-36s %12s %12s  %s%n", "collection", "source", "target", "hash");
            for (StoreExport.Comparison comparison : comparisons) {
                all &= comparison.matches();
                out.printf("%-36s %12d %12d  %s%n", comparison.collection(), comparison.source().count(),
                           comparison.target().count(), comparison.matches()
                                                        ? comparison.target().hash().substring(0, 16) + " same"
                                                        : "DIFFERENT");
            }
            if (all) {
                out.println("全部 " + comparisons.size() + " 个集合一致 / all " + comparisons.size()
                            + " collections match (" + written.values().stream().mapToLong(Long::longValue).sum()
                            + " documents)");
                return 0;
            }
            err.println("有集合不一致，请确认源存储已停止写入后重新运行 / Some collections differ: make sure nothing "
                        + "writes to the source, then run again");
            return 1;
        }
    }

    record Options(Path directory, String from, ConnectionString to) {

        static Options parse(String[] args) {
            String directory = System.getenv().getOrDefault("YISHI_DATA", "data");
            String from = null;
            String to = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (i == 0 && arg.equals(NAME)) {
                    continue;
                }
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                if (!List.of("--to", "--from", "--directory").contains(name)) {
                    throw new IllegalArgumentException("未知选项 " + name + " / Unknown option " + name);
                }
                String value;
                if (arg.contains("=")) {
                    value = arg.substring(arg.indexOf('=') + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException("选项 " + name + " 缺少取值 / Option " + name + " needs a value");
                }
                switch (name) {
                    case "--to" -> to = value;
                    case "--from" -> from = value;
                    case "--directory" -> directory = value;
                    default -> throw new IllegalArgumentException("未知选项 " + name + " / Unknown option " + name);
                }
            }
            if (to == null || to.isBlank()) {
                throw new IllegalArgumentException("缺少 --to：目标 MongoDB 的连接串 / Missing --to: the connection "
                                                   + "string of the MongoDB to export into");
            }
            ConnectionString target = connection(to, "--to");
            if (from != null) {
                ConnectionString source = connection(from, "--from");
                if (source.getHosts().equals(target.getHosts())
                    && java.util.Objects.equals(source.getDatabase(), target.getDatabase())) {
                    throw new IllegalArgumentException("源与目标相同 / The source and the target are the same database");
                }
            }
            return new Options(Path.of(directory), from, target);
        }

        private static ConnectionString connection(String uri, String option) {
            try {
                return new ConnectionString(uri);
            } catch (IllegalArgumentException wrong) {
                throw new IllegalArgumentException(option + " 不是有效的 MongoDB 连接串 / " + option
                                                   + " is not a MongoDB connection string: " + wrong.getMessage());
            }
        }
    }
}
