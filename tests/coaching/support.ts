/** Test helpers for coaching: a small model and canonical CSV text in, the coaching report out. */
import { Aggregator } from '../../language/src/coaching/aggregate.js';
import type { Weekday } from '../../language/src/coaching/calendar.js';
import { dayNumber } from '../../language/src/coaching/calendar.js';
import { canonicalColumns, canonicalObservation } from '../../language/src/coaching/canonical.js';
import { catalogOf } from '../../language/src/coaching/catalog.js';
import type { CoachingReport } from '../../language/src/coaching/report-schema.js';
import { coachingReport } from '../../language/src/coaching/report.js';
import type { ModelView } from '../../language/src/generators/model-view.js';
import { modelView } from '../../language/src/generators/model-view.js';
import type { WpcmConfig } from '../../language/src/config/config-schema.js';
import type { WpcmServices } from '../../language/src/wpcm-module.js';
import { buildFiles } from '../../language/src/build.js';
import { inputOf } from '../generators/support.js';
import { newServices, readExample } from '../support/workspace.js';

/**
 * Prospect: Calls >= 10 per day, Meetings >= 5 per week; Present: Opens >= 2 per Lead;
 * Close: WinRate >= 50 %, Cycle <= 30 days, Discount between 5 % and 10 %;
 * Objections supports Close, coached by Pat, and Pat and Sam are expert in it.
 */
export const MODEL = `model "Coaching test"
system CRM "Salesforce"
term Lead "A contact with interest."
persona Seller "Seller" {
    motion Prospect "Prospect for leads" {
        goal "Find leads."
        kpi Calls "Calls" { target >= 10 calls per day measured in CRM }
        kpi Meetings "Meetings" { target >= 5 meetings per week measured in CRM }
    }
    motion Present "Present the solution" {
        goal "Present."
        kpi Opens "Opens per lead" { target >= 2 opens per Lead measured in CRM }
    }
    motion Close "Close the deal" {
        goal "Close."
        kpi WinRate "Win rate" { target >= 50 % measured in CRM }
        kpi Cycle "Time to close" { target <= 30 days measured in CRM }
        kpi Discount "Discount" { target between 5 % and 10 % measured in CRM }
    }
    competency Objections "How to handle objections" {
        supports Close
        value "Objections stand between you and the order."
        coached by Pat
    }
}
coach Pat "Pat Lee" { expert in Objections }
coach Sam "Sam Roe" { expert in Objections }
`;

export interface Coached {
    report: CoachingReport;
    view: ModelView;
}

export interface CoachOptions {
    from?: string;
    to?: string;
    workingDays?: Weekday[];
}

/** CSV text without quoting (test data only), through the canonical row mapping. */
export async function coach(model: string, csv: string, options: CoachOptions = {}): Promise<Coached> {
    const view = modelView(await inputOf({ 'model.wpcm': model }));
    const catalog = catalogOf(view);
    const from = options.from ? dayNumber(options.from) : undefined;
    const to = options.to ? dayNumber(options.to) : undefined;
    const aggregator = new Aggregator(catalog, { from, to });
    const [header, ...rows] = csv.trim().split('\n').map(line => line.split(','));
    const columns = canonicalColumns(header!);
    for (const row of rows) {
        const result = aggregator.add(canonicalObservation(row, columns));
        if (result === 'ambiguous') throw new Error('ambiguous KPI in test data');
    }
    const report = coachingReport(catalog, view, aggregator, {
        attainment: view.attainment, from, to, ...(options.workingDays ? { workingDays: options.workingDays } : {})
    });
    return { report, view };
}

export function sellerOf(report: CoachingReport, id: string) {
    const seller = report.personas[0]!.sellers.find(s => s.id === id);
    if (!seller) throw new Error(`no seller ${id}`);
    return seller;
}

export function kpiOf(report: CoachingReport, seller: string, kpi: string) {
    return sellerOf(report, seller).kpis.find(k => k.id === kpi)!;
}

export function motionOf(report: CoachingReport, seller: string, motion: string) {
    return sellerOf(report, seller).motions.find(m => m.id === motion)!;
}

/** The Direct Seller example, built as the server holds it, for the editor's coaching requests. */
export const DIRECT_SELLER_URI = 'file:///ws/direct-seller.wpcm';

export async function directSellerServices(config?: WpcmConfig): Promise<WpcmServices> {
    const services = newServices();
    if (config) services.wpcm.Settings.apply(config);
    await buildFiles(services, [{ uri: DIRECT_SELLER_URI, text: readExample('direct-seller.wpcm') }]);
    return services;
}
