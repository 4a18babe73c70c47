package citegraph;

import java.io.DataInputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Launcher runs a throwaway Neo4j Community server for citegraph's tests:
 * an embedded database with the Bolt connector on a free loopback port,
 * encryption off, auth on with the password given in the environment.
 *
 * <p>Usage: java ... citegraph.Launcher HOME READY_FILE. When Bolt answers a
 * handshake it writes the port to READY_FILE; it stops on SIGTERM.
 */
public final class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Launcher HOME READY_FILE");
            System.exit(2);
        }
        Path home = Path.of(args[0]);
        Path ready = Path.of(args[1]);
        String password = System.getenv("CITEGRAPH_NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("CITEGRAPH_NEO4J_PASSWORD must hold at least 8 characters");
            System.exit(2);
        }
        InetAddress loopback = InetAddress.getLoopbackAddress();
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, loopback)) {
            port = s.getLocalPort();
        }
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(loopback.getHostAddress(), port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // A 2-core, 24 GiB machine shared with other work: 1 GiB of
                // page cache holds the test graphs and the benchmark corpus.
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(1024))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        waitForBolt(loopback, port);
        Path tmp = ready.resolveSibling(ready.getFileName() + ".tmp");
        Files.writeString(tmp, port + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, ready);
        System.out.println("neo4j ready on bolt://" + loopback.getHostAddress() + ":" + port);
        Thread.currentThread().join();
    }

    /** waitForBolt returns once the server answers a Bolt handshake. */
    private static void waitForBolt(InetAddress host, int port) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(host, port), 1000);
                s.setSoTimeout(5000);
                OutputStream out = s.getOutputStream();
                // Magic preamble, then four proposed versions: 5.x, 4.4, none, none.
                out.write(new byte[] {
                    0x60, 0x60, (byte) 0xB0, 0x17,
                    0, 8, 8, 5, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0});
                out.flush();
                int version = new DataInputStream(s.getInputStream()).readInt();
                if (version != 0) {
                    return;
                }
                last = new IllegalStateException("bolt handshake: no common version");
            } catch (Exception e) {
                last = e;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("bolt did not answer on port " + port, last);
    }
}
