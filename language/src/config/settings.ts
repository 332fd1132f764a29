/**
 * The settings in force for a workspace: severity overrides per rule, the
 * dashboard's attainment thresholds and coaching's working days. The server fills it from
 * `wpcm.config.json` and the editor's settings, the CLI from the config file.
 */
import type { Severity, SeveritySetting } from '../rules/rule.js';
import { RULE_DOCS_BASE } from '../rules/docs-url.js';
import { findRule } from '../rules/index.js';
import type { Attainment, WpcmConfig } from './config-schema.js';
import { DEFAULT_ATTAINMENT } from './config-schema.js';
import type { Weekday } from '../coaching/calendar.js';
import type { Source } from '../coaching/source-schema.js';
import { DEFAULT_WORKING_DAYS } from '../coaching/calendar.js';

export class WpcmSettings {
    private overrides = new Map<string, SeveritySetting>();
    attainment: Attainment = DEFAULT_ATTAINMENT;
    /** `coaching.workingDays`: what a per-day or per-week target counts in the editor, as in `wpcm coach`. */
    workingDays: readonly Weekday[] = DEFAULT_WORKING_DAYS;
    /** `coaching.sources`: the CRM export mappings the editor's `wpcm.coaching.source` can name. */
    sources: Readonly<Record<string, Source>> = {};
    /**
     * Where diagnostics link their rule page (`codeDescription.href`): the
     * public pages by default; the server points it at the copy installed
     * beside it, so the links work offline and match the installed version.
     */
    ruleDocsBase: string = RULE_DOCS_BASE;

    /** Applies a config; later layers (e.g. editor settings) override earlier ones. */
    apply(...layers: Array<WpcmConfig | undefined>): void {
        this.overrides = new Map();
        this.attainment = DEFAULT_ATTAINMENT;
        this.workingDays = DEFAULT_WORKING_DAYS;
        this.sources = {};
        for (const layer of layers) {
            for (const [code, setting] of Object.entries(layer?.rules ?? {})) {
                if (setting) this.overrides.set(code, setting);
            }
            if (layer?.dashboard?.attainment) this.attainment = layer.dashboard.attainment;
            if (layer?.coaching?.workingDays) this.workingDays = layer.coaching.workingDays;
            if (layer?.coaching?.sources) this.sources = layer.coaching.sources;
        }
    }

    /** The severity a code is reported with, or 'off'. Unknown codes keep their reported severity. */
    severityFor(code: string, reported: Severity): SeveritySetting {
        return this.overrides.get(code) ?? findRule(code)?.severity ?? reported;
    }
}
