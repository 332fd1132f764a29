/** Test helpers for the generators: build WPCM text into a generator input. */
import type { WpcmConfig } from '../../language/src/config/config-schema.js';
import type { GeneratorInput } from '../../language/src/generators/index.js';
import { buildWorkspace } from '../support/workspace.js';

/** Builds the files (name -> text) as one workspace; attainment comes from the config, as in the CLI. */
export async function inputOf(files: Record<string, string>, config?: WpcmConfig): Promise<GeneratorInput> {
    const built = await buildWorkspace(files, config);
    const attainment = config?.dashboard?.attainment;
    return { documents: Object.values(built).map(f => f.document), ...(attainment ? { attainment } : {}) };
}

/** A persona with the given motions (WPCM text), plus the systems and terms they may use. */
export function personaText(motions: string, extra = ''): string {
    return `system CRM "Salesforce"\nterm Lead "A contact with interest."\n${extra}\npersona Seller "Seller" {\n${motions}\n}\n`;
}
