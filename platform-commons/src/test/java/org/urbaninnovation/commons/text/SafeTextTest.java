package org.urbaninnovation.commons.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void proseWithTabsLineBreaksAccentsChineseRtlAndEmojiIsText() {
        assertEquals(Optional.empty(), SafeText.problem("Fúzhōu 福州\tمرحبا\r\nline 🐝"));
    }

    @Test
    void nulAndOtherC0ControlsAreRefused() {
        assertEquals(Optional.of(SafeText.CONTROL), SafeText.problem("x\u0000y"));
        assertEquals(Optional.of(SafeText.CONTROL), SafeText.problem("bell\u0007"));
        assertEquals(Optional.of(SafeText.CONTROL), SafeText.problem("\u001b[31m"));
    }

    @Test
    void unpairedSurrogatesAreRefusedAndPairsAccepted() {
        assertEquals(Optional.of(SafeText.SURROGATE), SafeText.problem("a\ud800b"));
        assertEquals(Optional.of(SafeText.SURROGATE), SafeText.problem("\udc00"));
        assertEquals(Optional.of(SafeText.SURROGATE), SafeText.problem("end\ud83d"));
        assertEquals(Optional.empty(), SafeText.problem("\ud83d\udc1d"));
    }

    @Test
    void percentEncodingDecodesStrictly() {
        assertEquals("a b/c", SafeText.decode("a+b%2Fc", true).text());
        assertEquals("a+b", SafeText.decode("a+b", false).text());
        assertEquals("福州", SafeText.decode("%E7%A6%8F%E5%B7%9E", false).text());
        assertEquals(SafeText.ENCODING, SafeText.decode("100%", false).refusal());
        assertEquals(SafeText.ENCODING, SafeText.decode("%zz", false).refusal());
        assertEquals(SafeText.ENCODING, SafeText.decode("%C0%80", false).refusal());
        assertEquals(SafeText.ENCODING, SafeText.decode("%ED%A0%80", false).refusal());
        assertEquals(SafeText.CONTROL, SafeText.decode("x%00y", false).refusal());
    }

    @Test
    void theGuardNamesTheQueryParameterOrThePath() {
        assertEquals("country", UnsafeTextGuard.queryViolation("page=1&country=x%00y").field());
        assertEquals("path", UnsafeTextGuard.pathViolation("/api/v1/cities/x%00y").field());
        assertEquals("path", UnsafeTextGuard.pathViolation("/api/v1/cities/a%0D%0ASet-Cookie:x").field());
        assertNull(UnsafeTextGuard.queryViolation("q=%22transitional+housing%22&size=5"));
        assertNull(UnsafeTextGuard.pathViolation("/api/v1/cities/f%C3%BAzh%C5%8Du"));
    }
}
