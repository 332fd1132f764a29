/** Every URI gets the WPCM services (no crash on `untitled:`), but only .wpcm files take part in a workspace scan. */
import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { newServices } from '../support/workspace.js';

describe('the service registry', () => {
    const registry = newServices().shared.ServiceRegistry;

    it('serves any URI, so an editor\'s untitled document or an explicit notes.txt never takes the server down', () => {
        expect(registry.getServices(URI.parse('untitled:Untitled-1')).LanguageMetaData.languageId).toBe('wpcm');
        expect(registry.getServices(URI.file('/work/notes.txt')).LanguageMetaData.languageId).toBe('wpcm');
    });

    it('counts only .wpcm files as part of the workspace: a generated dashboard.json is never read as a model', () => {
        expect(registry.hasServices(URI.file('/work/models/direct-seller.wpcm'))).toBe(true);
        expect(registry.hasServices(URI.file('/work/generated/dashboards/direct-seller.dashboard.json'))).toBe(false);
        expect(registry.hasServices(URI.file('/work/README.md'))).toBe(false);
    });
});
