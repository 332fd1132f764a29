/**
 * `wpcm/generate`: runs the generators on the model of a file, as the server
 * has it built (open editors included, unsaved changes too), and returns the
 * files for the client to write. A model with errors is refused, as the CLI
 * does.
 */
import { URI } from 'langium';
import type { GenerateParams, GenerateResult, WpcmServices } from '@wpcm/language';
import { documentsOfModel, generateTarget, ModelHasErrors } from '@wpcm/language';

export function generate(services: WpcmServices, params: GenerateParams): GenerateResult {
    const input = { documents: documentsOfModel(services.shared, URI.parse(params.uri)), attainment: services.wpcm.Settings.attainment };
    try {
        const files = generateTarget(params.target, input, params.format ? { format: params.format } : {});
        return { kind: 'files', files };
    } catch (error) {
        if (error instanceof ModelHasErrors) return { kind: 'refused', message: error.message, errorCount: error.errorCount };
        throw error;
    }
}
