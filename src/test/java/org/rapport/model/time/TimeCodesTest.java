package org.rapport.model.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rapport.model.BadInputException;

class TimeCodesTest {

    @Test
    void parsesHoursMinutesSecondsMillis() {
        assertEquals(3_723_456, TimeCodes.parse("01:02:03.456"));
    }

    @Test
    void parsesMinutesSecondsMillis() {
        assertEquals(62_500, TimeCodes.parse("01:02.500"));
    }

    @Test
    void parsesSrtCommaFraction() {
        assertEquals(3_723_456, TimeCodes.parse("01:02:03,456"));
    }

    @Test
    void parsesWholeClockWithoutFraction() {
        assertEquals(3_723_000, TimeCodes.parse("1:02:03"));
    }

    @Test
    void parsesDecimalSeconds() {
        assertEquals(12_500, TimeCodes.parse("12.5"));
        assertEquals(7_000, TimeCodes.parse("7"));
    }

    @Test
    void roundsToNearestMillisecond() {
        assertEquals(1_235, TimeCodes.parse("1.2345"));
        assertEquals(1_234, TimeCodes.parse("00:00:01.2344"));
        assertEquals(100, TimeCodes.parse("00:00.1"));
    }

    @Test
    void refusesMinutesOf60OrMore() {
        assertThrows(IllegalArgumentException.class, () -> TimeCodes.parse("00:60:00.000"));
    }

    @Test
    void refusesNegativeSecondsNamingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeCodes.parse("-1.5"));
        assertTrue(e.getMessage().contains("negative"), e.getMessage());
    }

    @Test
    void refusesText() {
        assertThrows(IllegalArgumentException.class, () -> TimeCodes.parse("soon"));
        assertThrows(IllegalArgumentException.class, () -> TimeCodes.parse(""));
    }

    @Test
    void reportsBadTimeAsBadInputAtFileAndLine() {
        BadInputException e = assertThrows(BadInputException.class, () -> TimeCodes.parse("x", "a.srt", 7));
        assertEquals("a.srt", e.source());
        assertEquals(7, e.line());
    }

    @Test
    void formatsVttSrtAndSeconds() {
        assertEquals("01:02:03.456", TimeCodes.formatVtt(3_723_456));
        assertEquals("01:02:03,456", TimeCodes.formatSrt(3_723_456));
        assertEquals("12.500", TimeCodes.formatSeconds(12_500));
        assertEquals("0.007", TimeCodes.formatSeconds(7));
    }

    @Test
    void formatsMoreThan99Hours() {
        assertEquals("100:00:00.000", TimeCodes.formatVtt(360_000_000L));
        assertEquals(360_000_000L, TimeCodes.parse("100:00:00.000"));
    }

    @Test
    void formatsClocksForReaders() {
        assertEquals("1:02:03", TimeCodes.clock(3_723_456));
        assertEquals("02:03", TimeCodes.clock(123_456));
        assertEquals("02:03.4", TimeCodes.clockTenths(123_456));
        assertEquals("0:02:03", TimeCodes.hms(123_456));
        assertEquals("1:02:03.4", TimeCodes.hmsTenths(3_723_456));
    }

    @Test
    void hmsPadsMinutesAndSecondsButNotHours() {
        assertEquals("0:00:00", TimeCodes.hms(0));
        assertEquals("0:00:00", TimeCodes.hms(-1_500));
        assertEquals("0:59:59", TimeCodes.hms(3_599_999));
        assertEquals("10:01:09", TimeCodes.hms(36_069_000));
        assertEquals("123:00:00", TimeCodes.hms(442_800_000));
    }
}
