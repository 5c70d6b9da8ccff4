package org.clinicqueue.domain.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.clinicqueue.domain.InvalidInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SlotCalculatorTest {

    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** A Monday. */
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    static WorkingDay day(DayOfWeek day, String hours, String... breaks) {
        return new WorkingDay(day, TimeRange.parse(hours), List.of(breaks).stream().map(TimeRange::parse).toList());
    }

    static DoctorSchedule weekdays(int slotMinutes, String hours, DatedException... exceptions) {
        return DoctorSchedule.of(slotMinutes, List.of(day(DayOfWeek.MONDAY, hours), day(DayOfWeek.TUESDAY, hours),
                day(DayOfWeek.WEDNESDAY, hours), day(DayOfWeek.THURSDAY, hours), day(DayOfWeek.FRIDAY, hours)), List.of(exceptions));
    }

    static List<String> times(List<Slot> slots) {
        return slots.stream().map(s -> s.localStart().toLocalTime().toString()).toList();
    }

    static Instant at(LocalDate date, String time, ZoneId zone) {
        return LocalDateTime.of(date, TimeRange.time(time)).atZone(zone).toInstant();
    }

    @Test
    void slotsAreLaidOutFromTheStartOfEachStretchAndSkipBreaksAndPartialSlots() {
        DoctorSchedule schedule = DoctorSchedule.of(30, List.of(day(DayOfWeek.MONDAY, "09:00-12:10", "10:30-11:00")), List.of());

        List<Slot> slots = SlotCalculator.slots(schedule, MONDAY, KOLKATA);

        assertThat(times(slots)).containsExactly("09:00", "09:30", "10:00", "11:00", "11:30");
        assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2026-11-23T03:30:00Z"));
        assertThat(slots.get(0).end()).isEqualTo(Instant.parse("2026-11-23T04:00:00Z"));
    }

    @Test
    void aBreakAfterAnOddSlotLengthStartsTheNextStretchAtItsEnd() {
        DoctorSchedule schedule = DoctorSchedule.of(20, List.of(day(DayOfWeek.MONDAY, "09:00-11:00", "09:50-10:05")), List.of());

        assertThat(times(SlotCalculator.slots(schedule, MONDAY, KOLKATA))).containsExactly("09:00", "09:20", "10:05", "10:25");
    }

    @Nested
    class WeekBoundaries {

        @Test
        void onlyTheWorkingDaysOfTheWeekHaveSlots() {
            DoctorSchedule schedule = weekdays(60, "09:00-11:00");

            assertThat(SlotCalculator.slots(schedule, MONDAY.minusDays(1), KOLKATA)).as("Sunday").isEmpty();
            assertThat(SlotCalculator.slots(schedule, MONDAY.minusDays(2), KOLKATA)).as("Saturday").isEmpty();
            assertThat(times(SlotCalculator.slots(schedule, MONDAY, KOLKATA))).containsExactly("09:00", "10:00");
            assertThat(times(SlotCalculator.slots(schedule, MONDAY.plusDays(4), KOLKATA))).as("Friday").containsExactly("09:00", "10:00");
        }

        @Test
        void leaveAcrossTheWeekendRemovesFridayAndMondayButNotTuesday() {
            DoctorSchedule schedule = weekdays(60, "09:00-11:00",
                    new DatedException(ExceptionKind.LEAVE, MONDAY.minusDays(3), MONDAY, null));

            assertThat(SlotCalculator.slots(schedule, MONDAY.minusDays(3), KOLKATA)).as("Friday").isEmpty();
            assertThat(SlotCalculator.slots(schedule, MONDAY, KOLKATA)).as("Monday").isEmpty();
            assertThat(SlotCalculator.slots(schedule, MONDAY.plusDays(1), KOLKATA)).as("Tuesday").hasSize(2);
            assertThat(SlotCalculator.isDayOff(schedule, MONDAY)).isTrue();
        }

        @Test
        void anEarlyMondaySlotIsSundayInUtcButBelongsToMondaysSchedule() {
            DoctorSchedule schedule = DoctorSchedule.of(30, List.of(day(DayOfWeek.MONDAY, "01:00-02:00")), List.of());
            Instant sundayInUtc = Instant.parse("2026-11-22T19:30:00Z");

            assertThat(SlotCalculator.slotAt(schedule, sundayInUtc, KOLKATA)).map(s -> s.localStart().toString())
                    .hasValue("2026-11-23T01:00");
            assertThat(SlotCalculator.slotAt(schedule, sundayInUtc, ZoneId.of("UTC"))).as("in UTC it is a Sunday").isEmpty();
        }
    }

    @Nested
    class Exceptions {

        @Test
        void partialLeaveRemovesEverySlotItOverlaps() {
            DoctorSchedule schedule = DoctorSchedule.of(45, List.of(day(DayOfWeek.MONDAY, "09:00-12:00")),
                    List.of(new DatedException(ExceptionKind.LEAVE, MONDAY, MONDAY, TimeRange.parse("10:00-11:00"))));

            assertThat(times(SlotCalculator.slots(schedule, MONDAY, KOLKATA))).containsExactly("09:00", "11:15");
            assertThat(SlotCalculator.isDayOff(schedule, MONDAY)).isFalse();
        }

        @Test
        void aHolidayRemovesTheWholeDay() {
            DoctorSchedule schedule = weekdays(15, "09:00-17:00", new DatedException(ExceptionKind.HOLIDAY, MONDAY, null, null));

            assertThat(SlotCalculator.slots(schedule, MONDAY, KOLKATA)).isEmpty();
            assertThat(SlotCalculator.slots(schedule, MONDAY.plusDays(1), KOLKATA)).hasSize(32);
        }

        @Test
        void anExtraSessionAddsSlotsOnAnOffDayAndMergesWithRegularHours() {
            LocalDate sunday = MONDAY.minusDays(1);
            DoctorSchedule schedule = weekdays(30, "09:00-10:00",
                    new DatedException(ExceptionKind.EXTRA_SESSION, sunday, sunday, TimeRange.parse("10:00-11:00")),
                    new DatedException(ExceptionKind.EXTRA_SESSION, MONDAY, MONDAY, TimeRange.parse("09:30-11:00")));

            assertThat(times(SlotCalculator.slots(schedule, sunday, KOLKATA))).containsExactly("10:00", "10:30");
            assertThat(times(SlotCalculator.slots(schedule, MONDAY, KOLKATA))).as("no slot twice")
                    .containsExactly("09:00", "09:30", "10:00", "10:30");
        }

        @Test
        void leaveWinsOverAnExtraSessionOnTheSameDay() {
            DoctorSchedule schedule = weekdays(30, "09:00-10:00",
                    new DatedException(ExceptionKind.EXTRA_SESSION, MONDAY, MONDAY, TimeRange.parse("14:00-15:00")),
                    new DatedException(ExceptionKind.LEAVE, MONDAY, MONDAY, null));

            assertThat(SlotCalculator.slots(schedule, MONDAY, KOLKATA)).isEmpty();
        }

        @Test
        void exceptionsThatMakeNoSenseAreRefused() {
            assertThatThrownBy(() -> new DatedException(ExceptionKind.EXTRA_SESSION, MONDAY, MONDAY, null))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("start and an end");
            assertThatThrownBy(() -> new DatedException(ExceptionKind.LEAVE, MONDAY, MONDAY.minusDays(1), null))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("last date");
            assertThatThrownBy(() -> new DatedException(ExceptionKind.LEAVE, MONDAY, MONDAY.plusDays(2), TimeRange.parse("10:00-11:00")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("one date");
            assertThatThrownBy(() -> new DatedException(ExceptionKind.HOLIDAY, MONDAY, MONDAY, TimeRange.parse("10:00-11:00")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("whole days");
            assertThatThrownBy(() -> day(DayOfWeek.MONDAY, "09:00-12:00", "11:30-12:30"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("not within the hours");
            assertThatThrownBy(() -> TimeRange.parse("12:00-09:00")).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> DoctorSchedule.of(30, List.of(day(DayOfWeek.MONDAY, "09:00-10:00"), day(DayOfWeek.MONDAY, "11:00-12:00")),
                    List.of())).isInstanceOf(InvalidInputException.class).hasMessageContaining("twice");
            assertThatThrownBy(() -> DoctorSchedule.requireSlotMinutes(2)).isInstanceOf(InvalidInputException.class);
        }
    }

    @Nested
    class DaylightSaving {

        /** Clocks go forward at 01:00 GMT to 02:00 BST on Sunday 29 March 2026. */
        final LocalDate springForward = LocalDate.of(2026, 3, 29);
        /** Clocks go back at 02:00 BST to 01:00 GMT on Sunday 25 October 2026. */
        final LocalDate fallBack = LocalDate.of(2026, 10, 25);

        DoctorSchedule sundays(String hours) {
            return DoctorSchedule.of(30, List.of(day(DayOfWeek.SUNDAY, hours)), List.of());
        }

        @Test
        void wallClockTimesSkippedWhenClocksGoForwardHaveNoSlot() {
            List<Slot> slots = SlotCalculator.slots(sundays("00:00-04:00"), springForward, LONDON);

            assertThat(times(slots)).containsExactly("00:00", "00:30", "02:00", "02:30", "03:00", "03:30");
            assertThat(slots.get(1).start()).isEqualTo(Instant.parse("2026-03-29T00:30:00Z"));
            assertThat(slots.get(2).start()).as("02:00 BST").isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
            assertThat(slots.get(1).end()).as("a slot lasts its length in real time").isEqualTo(slots.get(2).start());
        }

        @Test
        void wallClockTimesThatHappenTwiceWhenClocksGoBackHaveOneSlot() {
            List<Slot> slots = SlotCalculator.slots(sundays("00:00-03:00"), fallBack, LONDON);

            assertThat(times(slots)).containsExactly("00:00", "00:30", "01:00", "01:30", "02:00", "02:30");
            assertThat(slots.get(2).start()).as("the first 01:00, still BST").isEqualTo(Instant.parse("2026-10-25T00:00:00Z"));
            assertThat(slots.get(4).start()).as("02:00 GMT").isEqualTo(Instant.parse("2026-10-25T02:00:00Z"));
            assertThat(slots.stream().map(Slot::start).distinct()).hasSize(6);
        }

        @Test
        void anOrdinaryWorkingDayKeepsItsWallClockHoursInBothSeasons() {
            DoctorSchedule schedule = DoctorSchedule.of(60, List.of(day(DayOfWeek.MONDAY, "09:00-10:00")), List.of());

            assertThat(SlotCalculator.slots(schedule, LocalDate.of(2026, 3, 23), LONDON).get(0).start())
                    .isEqualTo(Instant.parse("2026-03-23T09:00:00Z"));
            assertThat(SlotCalculator.slots(schedule, LocalDate.of(2026, 3, 30), LONDON).get(0).start())
                    .isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
        }

        @Test
        void theSlotOfAnInstantIsFoundOnTheDayOfTheChange() {
            DoctorSchedule schedule = sundays("00:00-04:00");

            assertThat(SlotCalculator.slotAt(schedule, Instant.parse("2026-03-29T01:00:00Z"), LONDON)).isPresent();
            assertThat(SlotCalculator.slotAt(schedule, Instant.parse("2026-03-29T01:30:00Z"), LONDON)).as("02:30 BST").isPresent();
            assertThat(SlotCalculator.slotAt(schedule, Instant.parse("2026-03-29T01:15:00Z"), LONDON)).as("not a slot start").isEmpty();
        }
    }

    @Nested
    class FreeSlots {

        final DoctorSchedule schedule = weekdays(30, "09:00-11:00");

        @Test
        void bookedAndBegunSlotsAreNotFree() {
            Instant now = at(MONDAY, "09:40", KOLKATA);
            Set<Instant> taken = Set.of(at(MONDAY, "10:00", KOLKATA));

            assertThat(times(SlotCalculator.freeSlots(schedule, MONDAY, KOLKATA, taken, now))).containsExactly("10:30");
        }

        @Test
        void atMidnightTheNewDaysSlotsAreAllFreeAndYesterdaysAreGone() {
            Instant justBeforeMidnight = at(MONDAY, "23:59:59", KOLKATA);
            Instant midnight = at(MONDAY.plusDays(1), "00:00", KOLKATA);

            assertThat(SlotCalculator.freeSlots(schedule, MONDAY, KOLKATA, Set.of(), justBeforeMidnight)).isEmpty();
            assertThat(SlotCalculator.freeSlots(schedule, MONDAY.plusDays(1), KOLKATA, Set.of(), justBeforeMidnight)).hasSize(4);
            assertThat(SlotCalculator.freeSlots(schedule, MONDAY.plusDays(1), KOLKATA, Set.of(), midnight)).hasSize(4);
        }

        @Test
        void aSlotStartingAtMidnightIsNoLongerFreeAtMidnight() {
            DoctorSchedule night = DoctorSchedule.of(30, List.of(day(DayOfWeek.TUESDAY, "00:00-01:00")), List.of());
            Instant midnight = at(MONDAY.plusDays(1), "00:00", KOLKATA);

            assertThat(times(SlotCalculator.freeSlots(night, MONDAY.plusDays(1), KOLKATA, Set.of(), midnight.minusNanos(1))))
                    .containsExactly("00:00", "00:30");
            assertThat(times(SlotCalculator.freeSlots(night, MONDAY.plusDays(1), KOLKATA, Set.of(), midnight))).containsExactly("00:30");
        }

        @Test
        void aSlotMayEndAtMidnight() {
            DoctorSchedule late = DoctorSchedule.of(30, List.of(day(DayOfWeek.MONDAY, "23:00-23:59")), List.of());

            assertThat(times(SlotCalculator.slots(late, MONDAY, KOLKATA))).containsExactly("23:00");
            DoctorSchedule lateShort = DoctorSchedule.of(29, List.of(day(DayOfWeek.MONDAY, "23:00-23:59")), List.of());
            assertThat(times(SlotCalculator.slots(lateShort, MONDAY, KOLKATA))).containsExactly("23:00", "23:29");
        }
    }
}
