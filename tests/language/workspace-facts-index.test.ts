/**
 * WorkspaceFacts' index: counts per kind, name and model stay exact as files
 * are replaced and deleted, and the files whose cross-file findings read a
 * changed fact are reported once (so the builder re-validates them).
 */
import { URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it, vi } from 'vitest';
import { buildFiles } from '../../language/src/build.js';
import { buildWorkspace, newServices } from '../support/workspace.js';

// Spawned processes and megabyte inputs: generous bounds, so a loaded machine does not fail them.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

describe('WorkspaceFacts', () => {
    it('counts declarations per model, shared files counting in every model', async () => {
        const services = newServices();
        await buildFiles(services, [
            { uri: '/ws/m1.wpcm', text: 'model "M"\nsystem CRM\nsystem CRM\n' },
            { uri: '/ws/m2.wpcm', text: 'model "N"\nsystem CRM\n' },
            { uri: '/ws/shared.wpcm', text: 'system CRM\nterm CRM "not a system"\n' }
        ]);
        const facts = services.wpcm.WorkspaceFacts;
        expect(facts.declarationCount('System', 'CRM', 'M')).toBe(3);
        expect(facts.declarationCount('System', 'CRM', 'N')).toBe(2);
        expect(facts.declarationCount('System', 'CRM', '')).toBe(4);
        expect(facts.declarationCount('Term', 'CRM', 'M')).toBe(1);
        expect(facts.declarations('System', 'CRM', 'N').map(d => d.documentUri.path).sort()).toEqual(['/ws/m2.wpcm', '/ws/shared.wpcm']);
        expect(facts.takeDependents()).toEqual([]);
    });

    it('updates counts when a file is replaced or deleted, and re-validates the files that read them', async () => {
        const services = newServices();
        await buildFiles(services, [
            { uri: '/ws/a.wpcm', text: 'system CRM\npersona P "P" { motion Close "Close the deal" { goal "g" } }\n' },
            { uri: '/ws/b.wpcm', text: 'system Other\n' },
            { uri: '/ws/c.wpcm', text: 'system Unrelated\n' }
        ]);
        const facts = services.wpcm.WorkspaceFacts;
        facts.takeDependents();
        const builder = services.shared.workspace.DocumentBuilder;
        const documents = services.shared.workspace.LangiumDocuments;
        const b = URI.file('/ws/b.wpcm');

        // a has no reference to b, yet its duplicate-name and motion-no-competency read b's facts.
        services.shared.workspace.TextDocuments?.set(TextDocument.create(b.toString(), 'wpcm', 2, 'system CRM\ncompetency C "c" { supports Close }\n'));
        await builder.update([b], []);
        expect(facts.declarationCount('System', 'CRM', '')).toBe(2);
        expect(facts.isSupported('Close', '')).toBe(true);
        expect(documents.getDocument(URI.file('/ws/a.wpcm'))!.diagnostics!.map(d => d.code).sort()).toEqual(['duplicate-name', 'motion-no-kpi']);

        await builder.update([], [b]);
        expect(facts.declarationCount('System', 'CRM', '')).toBe(1);
        expect(facts.isSupported('Close', '')).toBe(false);
        expect(documents.getDocument(URI.file('/ws/a.wpcm'))!.diagnostics!.map(d => d.code).sort()).toEqual(['motion-no-competency', 'motion-no-kpi']);
        expect(facts.takeDependents()).toEqual([]);
    });

    it('counts 5,000 duplicates of one name exactly', async () => {
        const built = await buildWorkspace({ 'dups.wpcm': 'system CRM\n'.repeat(5_000) });
        const diagnostics = Object.values(built)[0]!.diagnostics;
        expect(diagnostics.length).toBe(5_000);
        expect(diagnostics[4_999]!.message).toBe("Duplicate system name 'CRM': declared 5000 times in this model; names must be unique, so rename one.");
    });
});
