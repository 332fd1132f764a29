/** Actuals in the coaching pages read like the target beside them: its currency, a multiple against its number. */
import { describe, expect, it } from 'vitest';
import { formatActual } from '../../language/src/generators/coaching/format.js';
import { coach } from './support.js';

const kpi = (extra: Partial<Parameters<typeof formatActual>[1]>): Parameters<typeof formatActual>[1] =>
    ({ id: 'K', title: 'K', motion: 'M', target: null, form: 'mean', unit: null, currency: null, per: null, ...extra });

describe('formatActual', () => {
    it('keeps the currency of an amount target: "$299,250", not "299,250" beside "at least $250,000"', () => {
        expect(formatActual(299_250, kpi({ currency: '$' }))).toBe('$299,250');
        expect(formatActual(52_400.5, kpi({ currency: '€', per: 'month' }))).toBe('€52,401 per month');
    });

    it('writes a multiple against its number', () => {
        expect(formatActual(48.25, kpi({ unit: 'touches', per: 'day' }))).toBe('48.3 touches per day');
        expect(formatActual(2.84, kpi({ unit: 'x' }))).toBe('2.84x');
        expect(formatActual(62.5, kpi({ unit: '%' }))).toBe('62.5 %');
        expect(formatActual(null, kpi({ unit: 'x' }))).toBe('no data');
    });

    it('gets the currency from the model through the report', async () => {
        const model = `model "M"
system CRM "Salesforce"
persona AE "Account Executive" {
    motion Close "Close the deal" {
        kpi DealSize "Average deal size" { target >= $250k measured in CRM }
        kpi Coverage "Pipeline coverage" { target >= 3x measured in CRM }
    }
}`;
        const { report } = await coach(model, 'date,seller,team,kpi,value\n2026-03-02,kim,East,DealSize,299250\n2026-03-02,kim,East,Coverage,2.84\n');
        const kpis = report.personas[0]!.kpis;
        expect(kpis.map(k => [k.id, k.currency, k.unit])).toEqual([['DealSize', '$', null], ['Coverage', null, 'x']]);
        expect(formatActual(299_250, kpis[0]!)).toBe('$299,250');
        expect(formatActual(2.84, kpis[1]!)).toBe('2.84x');
    });
});
