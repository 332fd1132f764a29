import { describe, expect, it } from 'vitest';
import { dayNumber, isoDate, periodLength, weekdayOf, workingDaysBetween } from '../../language/src/coaching/calendar.js';

const day = (text: string) => dayNumber(text)!;

describe('coaching calendar', () => {
    it('reads ISO calendar dates and refuses the rest', () => {
        expect(day('1970-01-01')).toBe(0);
        expect(day('2026-03-02')).toBe(20514);
        expect(isoDate(20514)).toBe('2026-03-02');
        expect(dayNumber('2024-02-29')).toBe(19782);
        expect(dayNumber('2026-02-29')).toBeUndefined();
        expect(dayNumber('2026-13-01')).toBeUndefined();
        expect(dayNumber('2026-3-2')).toBeUndefined();
        expect(dayNumber('03/02/2026')).toBeUndefined();
        expect(dayNumber('')).toBeUndefined();
    });

    it('knows the weekday (0 = Sunday)', () => {
        expect(weekdayOf(day('2026-03-01'))).toBe(0);
        expect(weekdayOf(day('2026-03-02'))).toBe(1);
        expect(weekdayOf(day('1969-12-31'))).toBe(3);
    });

    it('counts working days, both ends included', () => {
        const week = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
        // March 2026: Mon 2 .. Tue 31 has 22 weekdays.
        expect(workingDaysBetween(day('2026-03-01'), day('2026-03-31'), week)).toBe(22);
        expect(workingDaysBetween(day('2026-03-02'), day('2026-03-13'), week)).toBe(10);
        // A weekend alone has none; one day is one.
        expect(workingDaysBetween(day('2026-03-07'), day('2026-03-08'), week)).toBe(0);
        expect(workingDaysBetween(day('2026-03-04'), day('2026-03-04'), week)).toBe(1);
        expect(workingDaysBetween(day('2026-03-05'), day('2026-03-04'), week)).toBe(0);
        // Saturdays too: 22 + the 4 Saturdays of March 2026.
        expect(workingDaysBetween(day('2026-03-01'), day('2026-03-31'), [...week, 'sat'])).toBe(26);
    });

    it('states period lengths in working days', () => {
        expect(periodLength('day', 5)).toBe(1);
        expect(periodLength('week', 5)).toBe(5);
        expect(periodLength('month', 5)).toBeCloseTo(21.6667, 4);
        expect(periodLength('quarter', 5)).toBe(65);
        expect(periodLength('year', 5)).toBe(260);
        expect(periodLength('week', 6)).toBe(6);
    });
});
