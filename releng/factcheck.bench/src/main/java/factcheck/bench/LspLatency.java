package factcheck.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The language server's latency as an editor sees it: {@code ./factcheck --lsp} in its own process,
 * the 1,000-word article opened, then one-character edits sent as incremental changes; each sample
 * is the time from writing a {@code didChange} to reading the {@code publishDiagnostics} of that
 * version (debounce, parse, check and the pipe included). The first edits warm the process up and
 * are not counted. JSON-RPC is framed by hand here so the benchmarks need no LSP library.
 */
final class LspLatency {

    private static final String URI = "file:///bench/article-1000.txt";

    private final ObjectMapper json = new ObjectMapper();
    private final BlockingQueue<JsonNode> published = new LinkedBlockingQueue<>();
    private OutputStream toServer;

    /** The server's CPU time per measured edit (all its threads), from /proc; null where there is none. */
    Double cpuMsPerEdit;

    /** Milliseconds per measured edit. */
    List<Double> measure(Path launcher, String javaHome, String article, int warmup, int samples) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", launcher.toString(), "--lsp")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("FACTCHECK_JAVA_HOME", javaHome);
        Process server = pb.start();
        try {
            toServer = server.getOutputStream();
            Thread reader = new Thread(() -> read(server.getInputStream()), "bench-lsp-reader");
            reader.setDaemon(true);
            reader.start();
            send(Map.of("jsonrpc", "2.0", "id", 1, "method", "initialize", "params", Map.of("capabilities", Map.of())));
            send(Map.of("jsonrpc", "2.0", "method", "initialized", "params", Map.of()));
            String text = article;
            send(notification("textDocument/didOpen", Map.of("textDocument",
                    Map.of("uri", URI, "languageId", "plaintext", "version", 1, "text", text))));
            awaitVersion(1);
            List<Double> times = new ArrayList<>();
            long cpuStart = -1;
            // A body line halfway down: the header stays intact.
            int line = (int) text.lines().count() / 2;
            for (int i = 0; i < warmup + samples; i++) {
                int version = i + 2;
                if (i == warmup) {
                    cpuStart = cpuTicks(server.pid());
                }
                // Alternately type a character at the start of the body and delete it again.
                Map<String, Object> range = i % 2 == 0 ? range(line, 0, line, 0) : range(line, 0, line, 1);
                String inserted = i % 2 == 0 ? "A" : "";
                long t0 = System.nanoTime();
                send(notification("textDocument/didChange", Map.of("textDocument", Map.of("uri", URI, "version", version),
                        "contentChanges", List.of(Map.of("range", range, "text", inserted)))));
                awaitVersion(version);
                if (i >= warmup) {
                    times.add((System.nanoTime() - t0) / 1e6);
                }
            }
            long cpuEnd = cpuTicks(server.pid());
            if (cpuStart >= 0 && cpuEnd >= 0 && samples > 0) {
                // /proc counts in clock ticks of 10 ms on Linux (USER_HZ 100)
                cpuMsPerEdit = (cpuEnd - cpuStart) * 10.0 / samples;
            }
            send(Map.of("jsonrpc", "2.0", "id", 2, "method", "shutdown"));
            send(Map.of("jsonrpc", "2.0", "method", "exit"));
            server.waitFor(20, TimeUnit.SECONDS);
            return times;
        } finally {
            server.destroyForcibly();
        }
    }

    /** utime + stime of a process in clock ticks, or -1 (the launcher execs java, so the pid is the JVM's). */
    private static long cpuTicks(long pid) {
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static Map<String, Object> notification(String method, Object params) {
        return Map.of("jsonrpc", "2.0", "method", method, "params", params);
    }

    private static Map<String, Object> range(int l1, int c1, int l2, int c2) {
        return Map.of("start", Map.of("line", l1, "character", c1), "end", Map.of("line", l2, "character", c2));
    }

    private void awaitVersion(int version) throws InterruptedException {
        while (true) {
            JsonNode p = published.poll(120, TimeUnit.SECONDS);
            if (p == null) {
                throw new IllegalStateException("the language server published no diagnostics for version " + version);
            }
            if (p.path("version").asInt(-1) == version) {
                return;
            }
        }
    }

    private synchronized void send(Object message) throws IOException {
        byte[] body = json.writeValueAsBytes(message);
        toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        toServer.write(body);
        toServer.flush();
    }

    private void read(InputStream raw) {
        try (InputStream in = new BufferedInputStream(raw)) {
            while (true) {
                int length = -1;
                StringBuilder header = new StringBuilder();
                int c;
                while ((c = in.read()) != -1) {
                    header.append((char) c);
                    if (header.toString().endsWith("\r\n")) {
                        String h = header.toString().strip();
                        header.setLength(0);
                        if (h.isEmpty()) {
                            break;
                        }
                        if (h.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                            length = Integer.parseInt(h.substring(15).trim());
                        }
                    }
                }
                if (c == -1 || length < 0) {
                    return;
                }
                JsonNode message = json.readTree(in.readNBytes(length));
                if ("textDocument/publishDiagnostics".equals(message.path("method").asText())) {
                    published.add(message.path("params"));
                }
            }
        } catch (IOException e) {
            // the server went away; awaitVersion reports it
        }
    }
}
