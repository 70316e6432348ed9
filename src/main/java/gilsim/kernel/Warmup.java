package gilsim.kernel;

import gilsim.kernel.transport.ConnectionInfo;
import gilsim.kernel.transport.KernelTransport;

import java.io.IOException;
import java.net.ServerSocket;

/**
 * {@code java -XX:ArchiveClassesAtExit=gilsim.jsa -jar gilsim.jar warmup}: touches the classes a
 * kernel loads on its first requests (transport, magics, the language), so the install can
 * archive them for class-data sharing and the kernel starts faster (issue 2, item 7).
 */
final class Warmup {
    private Warmup() {}

    static void run() throws IOException {
        GilSimKernel kernel = new GilSimKernel();
        kernel.execute("%threads 2\n%gil off\n%config\n%cost\n%python\n%lsmagic\n%thread 3", 1, OutputChannel.DISCARD);
        kernel.execute("%reset\nx = [1, 2, 3]\nprint(len(x), sorted(x, key=lambda v: -v))\nx", 2, OutputChannel.DISCARD);
        kernel.execute("def f(:", 3, OutputChannel.DISCARD);
        kernel.execute("1/0", 4, OutputChannel.DISCARD);
        kernel.complete("%gil o", 6);
        kernel.complete("x.ap", 4);
        kernel.inspect("%gil", 2, false);
        kernel.isComplete("def f():");
        KernelServer.displayContent(new io.github.spencerpark.jupyter.kernel.display.DisplayData("warm"));

        ConnectionInfo info = new ConnectionInfo("tcp", "127.0.0.1", freePort(), freePort(), freePort(),
                freePort(), freePort(), "warmup-key", "hmac-sha256", null, null);
        try (KernelTransport transport = new KernelTransport(info)) {
            transport.bind();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
