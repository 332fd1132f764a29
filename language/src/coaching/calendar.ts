/**
 * Dates and working days for the coaching window. Dates are ISO calendar
 * dates (YYYY-MM-DD) counted as whole days since 1970-01-01 (UTC, so no
 * time zone or daylight-saving shift can move a day). The generated SQL
 * implements the same rules; keep them in step (generators/sql/).
 */

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = typeof WEEKDAYS[number];
export const DEFAULT_WORKING_DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

export type Period = 'day' | 'week' | 'month' | 'quarter' | 'year';

/**
 * The working week as a set: each day once, Sunday first. A config that
 * names a day twice (["mon", "tue", "mon"]) still has a week of two working
 * days; counted twice, it would stretch every period (week 3, month 13) and
 * the generated SQL could not store it (wpcm_working_days is keyed by day).
 */
export function workingWeek(days: readonly Weekday[]): readonly Weekday[] {
    return WEEKDAYS.filter(d => days.includes(d));
}

/**
 * Length of each period in working days, for a week of `k` working days:
 * a week is k, a year 52 weeks, a quarter 13 weeks, a month a twelfth of a
 * year (k * 52 / 12, 21.67 for Monday to Friday). Calendar months differ in
 * length; a fixed average keeps "per month" comparable across windows.
 */
export function periodLength(period: Period, workingDaysPerWeek: number): number {
    switch (period) {
        case 'day': return 1;
        case 'week': return workingDaysPerWeek;
        case 'month': return workingDaysPerWeek * 52 / 12;
        case 'quarter': return workingDaysPerWeek * 13;
        case 'year': return workingDaysPerWeek * 52;
    }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of an ISO date, or undefined when the text is not a real calendar date. */
export function dayNumber(text: string): number | undefined {
    const match = ISO_DATE.exec(text);
    if (!match) return undefined;
    return dayOf(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Days since 1970-01-01 of year/month/day, or undefined when they name no date (2026-02-30). */
export function dayOf(year: number, month: number, day: number): number | undefined {
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    const ms = Date.UTC(year, month - 1, day);
    const date = new Date(ms);
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
    return ms / 86_400_000;
}

/** The ISO text of a day number. */
export function isoDate(day: number): string {
    return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
    return (((day + 4) % 7) + 7) % 7;
}

/** Working days from `from` to `to`, both included (0 when to < from). */
export function workingDaysBetween(from: number, to: number, workingDays: readonly Weekday[]): number {
    if (to < from) return 0;
    const working = new Set(workingDays.map(d => WEEKDAYS.indexOf(d)));
    const total = to - from + 1;
    const weeks = Math.floor(total / 7);
    let count = weeks * working.size;
    for (let day = from + weeks * 7; day <= to; day++) if (working.has(weekdayOf(day))) count++;
    return count;
}
