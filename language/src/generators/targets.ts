/**
 * What can be generated, decided once for the CLI, the language server and
 * the VS Code extension: each target's default output folder (relative to
 * the caller's folder in the CLI, to the model's folder in the editor) and
 * how its files are named in messages. Plain data, so editor clients can
 * import it without the language itself; `generateTarget` in
 * generators/index.ts runs the generator of a target.
 */

interface TargetInfo {
    /** Where files go when no folder is given. */
    readonly defaultOut: string;
    /** How one file of this target is called in messages ("3 module outline files"). */
    readonly noun: string;
    /** What the model lacks when there is nothing to generate. */
    readonly needs: string;
}

export const GENERATE_TARGETS = {
    dashboard: { defaultOut: 'generated/dashboards', noun: 'dashboard', needs: 'personas' },
    modules: { defaultOut: 'generated/modules', noun: 'module outline', needs: 'personas or competencies' }
} as const satisfies Record<string, TargetInfo>;

export type GenerateTarget = keyof typeof GENERATE_TARGETS;

export const GENERATE_TARGET_NAMES = Object.keys(GENERATE_TARGETS) as GenerateTarget[];

export function isGenerateTarget(name: string): name is GenerateTarget {
    return Object.hasOwn(GENERATE_TARGETS, name);
}
