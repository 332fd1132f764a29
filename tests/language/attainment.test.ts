import { describe, expect, it } from 'vitest';
import { attainmentOf, statusOf } from '../../language/src/model/attainment.js';

const thresholds = { amber: 80, green: 100 };

describe('attainmentOf', () => {
    it('at least: actual / target', () => {
        expect(attainmentOf({ comparison: '>=', value: 60 }, 45)).toBe(75);
        expect(attainmentOf({ comparison: '>', value: 75 }, 90)).toBe(120);
        expect(attainmentOf({ comparison: '>=', value: 0 }, 3)).toBe(100);
        expect(attainmentOf({ comparison: '>=', value: 0 }, -1)).toBe(0);
    });
    it('at most: target / actual, an actual of 0 fully attained', () => {
        expect(attainmentOf({ comparison: '<=', value: 90 }, 120)).toBe(75);
        expect(attainmentOf({ comparison: '<', value: 90 }, 60)).toBe(150);
        expect(attainmentOf({ comparison: '<=', value: 90 }, 0)).toBe(100);
        expect(attainmentOf({ comparison: '<=', value: 0 }, 2)).toBe(0);
    });
    it('exact: the smaller ratio on either side', () => {
        expect(attainmentOf({ comparison: '=', value: 4 }, 5)).toBe(80);
        expect(attainmentOf({ comparison: '=', value: 4 }, 2)).toBe(50);
        expect(attainmentOf({ comparison: '=', value: 0 }, 0)).toBe(100);
        expect(attainmentOf({ comparison: '=', value: 0 }, 1)).toBe(0);
    });
    it('band: 100 inside (bounds included), 0 outside', () => {
        const band = { comparison: 'between', value: 40, upper: 60 } as const;
        expect(attainmentOf(band, 40)).toBe(100);
        expect(attainmentOf(band, 60)).toBe(100);
        expect(attainmentOf(band, 60.5)).toBe(0);
        expect(attainmentOf(band, 39.9)).toBe(0);
    });
});

describe('statusOf', () => {
    it('red below amber, amber from amber, green from green', () => {
        expect(statusOf(79.99, thresholds)).toBe('red');
        expect(statusOf(80, thresholds)).toBe('amber');
        expect(statusOf(99.99, thresholds)).toBe('amber');
        expect(statusOf(100, thresholds)).toBe('green');
    });
});
