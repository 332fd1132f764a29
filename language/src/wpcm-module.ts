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
import { WpcmCodeActionProvider } from './lsp/code-actions.js';
import { WpcmScopeComputation } from './scope-computation.js';
import { WpcmScopeProvider } from './scope-provider.js';
import { WpcmDocumentValidator } from './validation/document-validator.js';
import { registerValidationChecks } from './validation/register.js';
import { WorkspaceFacts } from './workspace-facts.js';

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
    lsp: {
        CodeActionProvider: () => new WpcmCodeActionProvider()
    }
};

export function createWpcmServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Wpcm: WpcmServices } {
    const shared = inject(createDefaultSharedModule(context), WpcmGeneratedSharedModule);
    const Wpcm = inject(createDefaultModule({ shared }), WpcmGeneratedModule, WpcmModule);
    shared.ServiceRegistry.register(Wpcm);
    registerValidationChecks(Wpcm);
    if (!context.connection) {
        // Without a client there is no configuration to wait for.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Wpcm };
}
