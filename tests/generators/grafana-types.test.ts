/**
 * The generated Grafana dashboards of both examples, type-checked by the
 * TypeScript compiler against @grafana/schema: the dashboard model against
 * `Dashboard`, each stat panel's options against the stat panel's `Options`,
 * each text panel's against the text panel's, each field config against
 * `FieldConfigSource`. Object literals get excess-property checks, so a
 * misspelt or unknown option fails as well as a missing one.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { generateDashboards } from '../../language/src/generators/index.js';
import { inputOf } from './support.js';

type Json = Record<string, any>;
const ROOT = resolve(import.meta.dirname, '../..');

/** The examples' Grafana dashboards, as the generator writes them. */
async function generated(): Promise<Array<{ path: string; dashboard: Json }>> {
    const files: Record<string, string> = {};
    for (const name of ['direct-seller.wpcm', 'abc-co.wpcm']) files[name] = readFileSync(join(ROOT, 'examples', name), 'utf8');
    const results: Array<{ path: string; dashboard: Json }> = [];
    for (const [name, text] of Object.entries(files)) {
        for (const file of generateDashboards(await inputOf({ [name]: text }), 'grafana')) {
            results.push({ path: file.path, dashboard: JSON.parse(file.content) as Json });
        }
    }
    return results;
}

/**
 * @grafana/schema declares its option values as TypeScript enums, which JSON
 * strings can never be assignable to; `Plain` turns each string enum into the
 * union of its values (what the JSON holds) and keeps the rest of the type.
 */
const PRELUDE = `
import type { Dashboard, FieldConfigSource } from '@grafana/schema';
import type { Options as StatOptions } from '@grafana/schema/dist/esm/raw/composable/stat/panelcfg/x/StatPanelCfg_types.gen';
import type { Options as TextOptions } from '@grafana/schema/dist/esm/raw/composable/text/panelcfg/x/TextPanelCfg_types.gen';
type Plain<T> = T extends string ? \`\${T}\` : T extends Array<infer E> ? Array<Plain<E>> : T extends object ? { [K in keyof T]: Plain<T[K]> } : T;
interface Input { name: string; label: string; description: string; type: 'datasource'; pluginId: string; pluginName: string }
interface Requirement { type: 'grafana' | 'panel' | 'datasource'; id: string; name: string; version: string }
`;

function sourceOf(dashboard: Json): string {
    const { __inputs, __requires, ...model } = dashboard;
    const lines = [PRELUDE,
        `export const inputs = ${JSON.stringify(__inputs)} satisfies Input[];`,
        `export const requires = ${JSON.stringify(__requires)} satisfies Requirement[];`,
        `export const dashboard = ${JSON.stringify(model)} satisfies Plain<Dashboard>;`];
    (model.panels as Json[]).forEach((panel, i) => {
        if (panel.type === 'stat') {
            lines.push(`export const options${i} = ${JSON.stringify(panel.options)} satisfies Plain<StatOptions>;`);
            lines.push(`export const fieldConfig${i} = ${JSON.stringify(panel.fieldConfig)} satisfies Plain<FieldConfigSource>;`);
        } else if (panel.type === 'text') {
            lines.push(`export const options${i} = ${JSON.stringify(panel.options)} satisfies Plain<TextOptions>;`);
        }
    });
    return lines.join('\n');
}

/** Compiles in-memory sources (resolving imports from this repository's node_modules); returns the diagnostics. */
function typeCheck(sources: Record<string, string>): string[] {
    const options: ts.CompilerOptions = {
        strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true, types: []
    };
    const host = ts.createCompilerHost(options);
    const files = new Map(Object.entries(sources).map(([name, text]) => [join(ROOT, 'tests', '.grafana-types', name), text]));
    const { getSourceFile, fileExists, readFile } = host;
    host.getSourceFile = (name, version, ...rest) => files.has(name)
        ? ts.createSourceFile(name, files.get(name)!, version)
        : getSourceFile.call(host, name, version, ...rest);
    host.fileExists = name => files.has(name) || fileExists.call(host, name);
    host.readFile = name => files.get(name) ?? readFile.call(host, name);
    const program = ts.createProgram([...files.keys()], options, host);
    return ts.getPreEmitDiagnostics(program).map(d => {
        const where = d.file && d.start !== undefined ? `${d.file.fileName.split('/').pop()}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}` : '';
        return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
}

describe('generated Grafana dashboards against @grafana/schema types', () => {
    it('type-check as Dashboard, stat and text panel Options and FieldConfigSource', async () => {
        const dashboards = await generated();
        expect(dashboards.map(d => d.path).sort()).toEqual(['commercial-loan-seller.grafana.json', 'direct-seller.grafana.json']);
        const sources = Object.fromEntries(dashboards.map(d => [d.path.replace(/\.json$/, '.ts'), sourceOf(d.dashboard)]));
        expect(typeCheck(sources)).toEqual([]);
    }, 60_000);

    it('would catch a stat panel without a required option, and an unknown one', async () => {
        const [first] = await generated();
        const broken = structuredClone(first!.dashboard);
        const stat = (broken.panels as Json[]).find(p => p.type === 'stat')!;
        delete stat.options.wideLayout;
        stat.options.colourMode = 'background';
        const diagnostics = typeCheck({ 'broken.ts': sourceOf(broken) });
        expect(diagnostics.join('\n')).toMatch(/colourMode/);
        delete stat.options.colourMode;
        expect(typeCheck({ 'broken.ts': sourceOf(broken) }).join('\n')).toMatch(/wideLayout/);
    }, 60_000);
});
