/**
 * The config's JSON Schema (schemas/wpcm.config.schema.json, what editors
 * validate with) and the CLI's parser (parseConfig) accept and reject the
 * same configs. The one relation JSON Schema cannot state, amber <= green, is
 * written in the schema's description and enforced by the parser.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../language/src/config/config-schema.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/wpcm.config.schema.json', import.meta.url), 'utf8')) as Record<string, any>;
const validate = new Ajv2020({ strict: false }).compile(schema);

function cli(config: unknown): boolean {
    try { parseConfig(JSON.stringify(config)); return true; } catch { return false; }
}

const CASES: Array<[string, unknown, boolean]> = [
    ['a rule off', { rules: { 'motion-no-kpi': 'off' } }, true],
    ['syntax-error raised to another severity', { rules: { 'syntax-error': 'warning' } }, true],
    ['syntax-error off', { rules: { 'syntax-error': 'off' } }, false],
    ['a misspelt rule code', { rules: { 'motion-no-kpy': 'off' } }, false],
    ['an unknown severity', { rules: { 'motion-no-kpi': 'fatal' } }, false],
    ['thresholds in order', { dashboard: { attainment: { amber: 60, green: 90 } } }, true],
    ['equal thresholds', { dashboard: { attainment: { amber: 100, green: 100 } } }, true],
    ['a negative threshold', { dashboard: { attainment: { amber: -1, green: 100 } } }, false],
    ['an unknown key', { dashbord: {} }, false]
];

describe('config: JSON Schema and CLI agree', () => {
    it.each(CASES)('%s', (_name, config, valid) => {
        expect(validate(config)).toBe(valid);
        expect(cli(config)).toBe(valid);
    });

    it('amber above green: rejected by the CLI, stated in the schema\'s description', () => {
        expect(cli({ dashboard: { attainment: { amber: 90, green: 80 } } })).toBe(false);
        expect(schema.properties.dashboard.properties.attainment.description).toContain('amber must not be greater than green');
    });
});
