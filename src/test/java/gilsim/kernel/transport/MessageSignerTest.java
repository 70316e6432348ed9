package gilsim.kernel.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MessageSignerTest {
    private static byte[] b(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void signatureIsLowerCaseHexHmacSha256OfTheFourPartsInOrder() {
        // RFC 4231 test case 2: HMAC-SHA256(key "Jefe", "what do ya want for nothing?"), split in four parts.
        MessageSigner signer = MessageSigner.create("hmac-sha256", "Jefe");

        byte[] signature = signer.sign(b("what do "), b("ya want "), b("for "), b("nothing?"));

        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                new String(signature, StandardCharsets.US_ASCII));
    }

    @Test
    void verifyAcceptsTheRightSignatureOnlyForTheSameParts() {
        MessageSigner signer = MessageSigner.create("hmac-sha256", "secret");
        byte[] signature = signer.sign(b("{h}"), b("{p}"), b("{m}"), b("{c}"));

        assertTrue(signer.verify(signature, b("{h}"), b("{p}"), b("{m}"), b("{c}")));
        assertFalse(signer.verify(signature, b("{h}"), b("{p}"), b("{m}"), b("{C}")));
        assertFalse(signer.verify(b(""), b("{h}"), b("{p}"), b("{m}"), b("{c}")));
        assertFalse(MessageSigner.create("hmac-sha256", "other").verify(signature, b("{h}"), b("{p}"), b("{m}"), b("{c}")));
    }

    @Test
    void emptyKeyMeansNoSignatureAndNoCheck() {
        MessageSigner signer = MessageSigner.create("hmac-sha256", "");

        assertFalse(signer.signs());
        assertArrayEquals(new byte[0], signer.sign(b("a"), b("b"), b("c"), b("d")));
        assertTrue(signer.verify(b("anything"), b("a"), b("b"), b("c"), b("d")));
    }

    @Test
    void unknownSchemeIsRefusedUpFront() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> MessageSigner.create("hmac-whirlpool", "key"));
        assertTrue(error.getMessage().contains("hmac-whirlpool"));
    }
}
