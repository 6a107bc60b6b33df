package org.rapport.app.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    /** The test vector of Argon2's reference implementation (phc-winner-argon2, src/test.c). */
    @Test
    void argon2idMatchesTheReferenceImplementation() {
        // $argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc
        byte[] expected = HexFormat.of().parseHex("09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7");
        assertArrayEquals(expected, PasswordHasher.derive("password".toCharArray(), "somesalt".getBytes(), 65_536, 2,
                1, 32));
    }

    @Test
    void aHashIsSaltedSlowAndVerifiesOnlyItsPassword() {
        String a = PasswordHasher.hash("correct horse".toCharArray());
        String b = PasswordHasher.hash("correct horse".toCharArray());
        assertTrue(a.startsWith("$argon2id$v=19$m=65536,t=3,p=1$"), a);
        assertNotEquals(a, b, "each hash has its own salt");
        assertFalse(a.contains("correct"));
        assertTrue(PasswordHasher.verify("correct horse".toCharArray(), a));
        assertFalse(PasswordHasher.verify("correct horse ".toCharArray(), a));
        assertFalse(PasswordHasher.verify("x".toCharArray(), "not a hash"));
    }
}
