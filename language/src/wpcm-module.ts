/**
 * Dependency injection for the WPCM language: Langium's defaults plus our
 * scoping, validation, settings and editor features. Free of Node and VS Code
 * APIs, so it runs in the language server, the CLI and a browser alike.
 */
import type { Module } from 'langium';
import { inject } from 'langium';
import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { WpcmSettings } from './config/settings.js';
import { WpcmGeneratedModule, WpcmGeneratedSharedModule } from './generated/module.js';
import { BoundedCodeActionProvider } from './lsp/bounded-code-actions.js';
import { WpcmCodeActionProvider } from './lsp/code-actions.js';
import { WpcmCodeLensProvider } from './lsp/code-lens.js';
import { WpcmCompletionProvider } from './lsp/completion-provider.js';
import { WpcmDocumentSymbolProvider } from './lsp/document-symbols.js';
import { WpcmFoldingRangeProvider } from './lsp/folding.js';
import { WpcmFormatter } from './lsp/formatter.js';
import { WpcmHoverProvider } from './lsp/hover-provider.js';
import { WpcmRenameProvider } from './lsp/rename-provider.js';
import { WpcmSemanticTokenProvider } from './lsp/semantic-tokens.js';
import { WpcmSharedLspModule } from './lsp/shared-module.js';
import { WpcmParserModule } from './parser/module.js';
import { WpcmScopeComputation } from './scope-computation.js';
import { WpcmScopeProvider } from './scope-provider.js';
import { WpcmDocumentValidator } from './validation/document-validator.js';
import { WpcmLexerErrorMessageProvider, WpcmParserErrorMessageProvider } from './validation/parser-messages.js';
import { ALL_RULES } from './rules/index.js';
import { registerRules } from './rules/register.js';
import { WorkspaceFacts } from './workspace-facts.js';
import { WpcmSharedWorkspaceModule } from './workspace-module.js';

export interface WpcmAddedServices {
    wpcm: {
        Settings: WpcmSettings;
        WorkspaceFacts: WorkspaceFacts;
    };
}

export type WpcmServices = LangiumServices & WpcmAddedServices;

export const WpcmModule: Module<WpcmServices, PartialLangiumServices & WpcmAddedServices> = {
    wpcm: {
        Settings: () => new WpcmSettings(),
        WorkspaceFacts: (services) => new WorkspaceFacts(services.shared)
    },
    references: {
        ScopeComputation: (services) => new WpcmScopeComputation(services),
        ScopeProvider: (services) => new WpcmScopeProvider(services)
    },
    validation: {
        DocumentValidator: (services) => new WpcmDocumentValidator(services)
    },
    parser: {
        ParserErrorMessageProvider: () => new WpcmParserErrorMessageProvider(),
        LexerErrorMessageProvider: () => new WpcmLexerErrorMessageProvider()
    },
    lsp: {
        CodeActionProvider: (services) => new BoundedCodeActionProvider(new WpcmCodeActionProvider(services)),
        CodeLensProvider: (services) => new WpcmCodeLensProvider(services),
        CompletionProvider: (services) => new WpcmCompletionProvider(services),
        DocumentSymbolProvider: (services) => new WpcmDocumentSymbolProvider(services),
        FoldingRangeProvider: (services) => new WpcmFoldingRangeProvider(services),
        Formatter: () => new WpcmFormatter(),
        HoverProvider: (services) => new WpcmHoverProvider(services),
        RenameProvider: (services) => new WpcmRenameProvider(services),
        SemanticTokenProvider: (services) => new WpcmSemanticTokenProvider(services)
    }
};

export function createWpcmServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Wpcm: WpcmServices } {
    const shared = inject(createDefaultSharedModule(context), WpcmGeneratedSharedModule, WpcmSharedLspModule, WpcmSharedWorkspaceModule);
    const Wpcm = inject(createDefaultModule({ shared }), WpcmGeneratedModule, WpcmParserModule, WpcmModule);
    shared.ServiceRegistry.register(Wpcm);
    registerRules(Wpcm, ALL_RULES);
    if (!context.connection) {
        // Without a client there is no configuration to wait for.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Wpcm };
}
