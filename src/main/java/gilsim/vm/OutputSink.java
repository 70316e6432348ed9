package gilsim.vm;

/** Where {@code print} writes: stdout and stderr as text (the kernel streams them). */
public interface OutputSink {
    void stdout(String text);

    void stderr(String text);
}
