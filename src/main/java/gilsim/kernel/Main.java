package gilsim.kernel;

import gilsim.kernel.transport.ConnectionInfo;
import gilsim.kernel.transport.KernelTransport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entry point of the jar.
 * <pre>
 *   java -jar gilsim.jar kernel CONNECTION_FILE   run as a Jupyter kernel (what kernel.json starts)
 *   java -jar gilsim.jar run PROGRAM.py           run a workload file as python3 would (single thread)
 *   java -jar gilsim.jar warmup                   load the kernel's classes and exit (AppCDS archive)
 *   java -jar gilsim.jar --version
 * </pre>
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            System.exit(2);
        }
        switch (args[0]) {
            case "kernel" -> {
                if (args.length != 2) { usage(); System.exit(2); }
                runKernel(Path.of(args[1]));
            }
            case "run" -> {
                if (args.length != 2) { usage(); System.exit(2); }
                gilsim.vm.RunFile.main(new String[] {args[1]});
            }
            case "warmup" -> Warmup.run();
            case "--version", "-V" -> System.out.println("gilsim " + GilSimKernel.VERSION);
            default -> {
                // Older kernelspecs passed the connection file alone.
                if (args.length == 1 && Files.isRegularFile(Path.of(args[0]))) runKernel(Path.of(args[0]));
                else { usage(); System.exit(2); }
            }
        }
    }

    private static void usage() {
        System.err.println("usage: java -jar gilsim.jar kernel CONNECTION_FILE | run PROGRAM.py | warmup | --version");
    }

    private static void runKernel(Path connectionFile) throws IOException, InterruptedException {
        ConnectionInfo info = ConnectionInfo.read(connectionFile);
        KernelTransport transport = new KernelTransport(info);
        GilSimKernel kernel = new GilSimKernel();
        // A JVM exits on SIGINT by default; Jupyter sends SIGINT to interrupt a kernel whose
        // interrupt_mode is "signal" (and some front ends do it anyway): make it an interrupt.
        sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> kernel.interrupt());
        KernelServer server = new KernelServer(transport, kernel);
        server.start();
        server.awaitShutdown();
        System.exit(0);
    }
}
