package factcheck.lsp;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

import factcheck.core.cli.Invocation;

/**
 * Entry point of {@code ./factcheck --lsp}: the language server on standard input and output.
 * Standard output carries only protocol messages, so {@code System.out} is pointed at standard
 * error before anything else runs (a library's stray print would otherwise corrupt the stream).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h")) {
                System.out.println("usage: factcheck --lsp   (a language server on standard input and output;"
                        + " see the README's \"Language server\" section)");
                return;
            }
        }
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        InputStream in = new FileInputStream(FileDescriptor.in);
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        FactcheckLanguageServer server = new FactcheckLanguageServer(System.getProperty(Invocation.STANDARD_PACK_PROPERTY));
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        try {
            launcher.startListening().get();
        } catch (ExecutionException e) {
            System.err.println("factcheck --lsp: " + e.getCause());
            System.exit(1);
        }
        // The client closed the stream without the exit notification.
        System.exit(1);
    }
}
