/**
 * `wpcm/preview`: the dashboard of the persona the cursor is in (or the
 * file's first persona), exactly as "Generate Dashboard" would write it,
 * plus what the preview highlights: the competencies behind each motion and
 * the performance gaps that affect the persona or its motions.
 */
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import type { Dashboard, Document, Gap, GapView, MotionExtras, Persona, PreviewParams, PreviewResult, WpcmServices } from '@wpcm/language';
import { addressedLevels, documentsOfModel, generateDashboards, isPersona, isTraining, LEVELS, ModelHasErrors, motionsOf, supportIndexOf } from '@wpcm/language';

function personaAt(document: LangiumDocument<Document>, offset: number | undefined): Persona | undefined {
    const personas = document.parseResult.value.elements.filter(isPersona);
    const containing = offset === undefined ? undefined
        : personas.find(p => p.$cstNode !== undefined && p.$cstNode.offset <= offset && offset <= p.$cstNode.end);
    return containing ?? personas[0];
}

function gapView(gap: Gap): GapView {
    const levels = LEVELS.filter(level => gap.causes.some(c => c.level === level));
    const covered = new Set(gap.interventions.flatMap(addressedLevels));
    return {
        id: gap.name,
        title: gap.title,
        levels,
        interventions: gap.interventions.map(i => ({ kind: i.kind, title: i.title, addresses: addressedLevels(i) })),
        trainingOnly: gap.interventions.length > 0 && gap.interventions.every(isTraining) && levels.some(l => l !== 'performer'),
        uncovered: levels.filter(level => !covered.has(level))
    };
}

function gapsAffecting(documents: readonly LangiumDocument<Document>[], persona: Persona): Gap[] {
    const motions = new Set<unknown>(motionsOf(persona));
    return documents.flatMap(d => d.parseResult.value.elements)
        .filter((e): e is Gap => e.$type === 'Gap')
        .filter(gap => gap.affects.some(ref => ref.ref === persona || motions.has(ref.ref)));
}

export function preview(services: WpcmServices, params: PreviewParams): PreviewResult {
    const uri = URI.parse(params.uri);
    const document = services.shared.workspace.LangiumDocuments.getDocument(uri) as LangiumDocument<Document> | undefined;
    const persona = document && personaAt(document, params.offset);
    if (!document || !persona) return { kind: 'empty', message: 'this file has no persona to preview' };
    const documents = documentsOfModel(services.shared, uri);
    let dashboards: Dashboard[];
    try {
        dashboards = generateDashboards({ documents, attainment: services.wpcm.Settings.attainment }, 'wpcm')
            .filter(file => file.path.endsWith('.dashboard.json'))
            .map(file => JSON.parse(file.content) as Dashboard);
    } catch (error) {
        if (error instanceof ModelHasErrors) return { kind: 'refused', message: error.message, errorCount: error.errorCount };
        throw error;
    }
    const dashboard = dashboards.find(d => d.persona.id === persona.name);
    if (!dashboard) return { kind: 'empty', message: `no dashboard for persona '${persona.name}'` };
    const gaps = gapsAffecting(documents, persona);
    const support = supportIndexOf(documents);
    const motions: Record<string, MotionExtras> = {};
    for (const motion of motionsOf(persona)) {
        motions[motion.name] = {
            competencies: support.supportersOf(motion).map(c => c.title),
            gaps: gaps.filter(g => g.affects.some(ref => ref.ref === motion || ref.ref === persona)).map(g => g.name)
        };
    }
    const personas = document.parseResult.value.elements.filter(isPersona).map(p => ({ id: p.name, title: p.title ?? p.name }));
    return { kind: 'dashboard', dashboard, motions, gaps: gaps.map(gapView), personas };
}

