package org.annals.local;

import java.io.IOException;
import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpServer;

/** A stand-in service for {@link ServiceProcessTest}: answers /health on MICRONAUT_SERVER_PORT. */
public final class HealthStub {

    private HealthStub() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println("bootstrap=" + System.getenv("KAFKA_BOOTSTRAP_SERVERS")
                + " data=" + System.getenv("ANNALS_DATA_DIR") + " omp=" + System.getenv("OMP_THREAD_LIMIT"));
        if (System.getenv("STUB_FAIL") != null) {
            System.out.println("stub refusing to start: " + System.getenv("STUB_FAIL"));
            System.exit(3);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(Integer.parseInt(System.getenv("MICRONAUT_SERVER_PORT"))), 0);
        server.createContext("/health", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
    }
}
