/**
 * Turns every diagnostic into a WPCM one: Langium's built-in lexing, parsing
 * and linking errors get the stable codes `syntax-error` and
 * `unresolved-reference` (with a message that names the kind of element
 * expected), then the project's severity overrides and suppression comments
 * are applied. One place, so the editor and the CLI always agree.
 */
import type { Cancellation, LangiumDocument, ValidationOptions } from 'langium';
import { DefaultDocumentValidator, DocumentValidator } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { WpcmSettings } from '../config/settings.js';
import { ruleDocsUrl } from '../rules/docs-url.js';
import { syntaxError, unresolvedReference, UNSUPPRESSIBLE_CODES } from '../rules/index.js';
import type { LinkingData } from '../rules/unresolved-reference.js';
import { unresolvedMessage } from '../rules/unresolved-reference.js';
import { severityName, severityValue } from '../severity.js';
import type { WpcmServices } from '../wpcm-module.js';
import { ReferenceHints } from './reference-hints.js';
import { isSuppressed, lineCommentStarts, parseSuppressions } from './suppressions.js';

export class WpcmDocumentValidator extends DefaultDocumentValidator {
    private readonly settings: WpcmSettings;
    private readonly hints: ReferenceHints;

    constructor(services: WpcmServices) {
        super(services);
        this.settings = services.wpcm.Settings;
        this.hints = new ReferenceHints(services);
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        // The CST root holds the parsed text; `document.textDocument` would look it up again.
        const root = document.parseResult.value.$cstNode?.root;
        const suppressions = parseSuppressions(root?.fullText ?? document.textDocument.getText(), root && lineCommentStarts(root));
        const result: Diagnostic[] = [];
        for (const diagnostic of diagnostics) {
            const code = this.normalize(diagnostic, document);
            const severity = this.settings.severityFor(code, severityName(diagnostic.severity));
            if (UNSUPPRESSIBLE_CODES.has(code)) {
                result.push(diagnostic);
                continue;
            }
            if (severity === 'off' || isSuppressed(suppressions, code, diagnostic.range.start.line)) continue;
            diagnostic.severity = severityValue(severity);
            result.push(diagnostic);
        }
        return result;
    }

    /** Gives the diagnostic its stable WPCM code (in `code` and `data.code`) and returns it. */
    private normalize(diagnostic: Diagnostic, document: LangiumDocument): string {
        const data = (diagnostic.data ?? {}) as LinkingData & { code?: string };
        let code = data.code ?? String(diagnostic.code ?? syntaxError.code);
        if (code === DocumentValidator.LexingError || code === DocumentValidator.ParsingError) {
            code = syntaxError.code;
        } else if (code === DocumentValidator.LinkingError) {
            code = unresolvedReference.code;
            diagnostic.message = unresolvedMessage(data, this.hints.hint(document, diagnostic, data)) ?? diagnostic.message;
        }
        diagnostic.code = code;
        diagnostic.codeDescription = { href: ruleDocsUrl(code, this.settings.ruleDocsBase) };
        diagnostic.data = { ...data, code };
        return code;
    }
}
