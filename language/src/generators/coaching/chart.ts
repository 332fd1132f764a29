/**
 * The seller page's chart, attainment by motion for the seller, the team and
 * the company: a Vega-Lite spec compiled once, rendered to SVG at generation
 * time by Vega (no canvas needed for SVG, no script in the page). One view
 * is reused for every seller: only its data changes, which is what keeps
 * 10,000 seller pages fast. Vega is loaded on first use (chart-runtime.ts),
 * so commands that draw no chart do not pay for loading it.
 */
import type { View } from 'vega';

export interface ChartBar {
    readonly motion: string;
    readonly who: 'Seller' | 'Team' | 'Company';
    readonly attainment: number;
}

export const CHART_SERIES = ['Seller', 'Team', 'Company'] as const;
export const CHART_COLOURS = ['#1f5fa8', '#8fb3d9', '#9a9a9a'] as const;
/** Attainment beyond this is drawn to the end of the axis (the KPI table has the number). */
export const CHART_MAX = 200;

function spec(motions: readonly string[]) {
    return {
        width: 420,
        height: Math.max(60, motions.length * 36),
        data: { name: 'table' },
        config: { view: { stroke: null }, axis: { labelFont: 'sans-serif', titleFont: 'sans-serif', labelLimit: 180 } },
        mark: { type: 'bar' as const, tooltip: false },
        encoding: {
            y: { field: 'motion', type: 'nominal' as const, sort: [...motions], title: null },
            yOffset: { field: 'who', type: 'nominal' as const, sort: [...CHART_SERIES] },
            // A fixed axis keeps every seller's chart on the same scale, and Vega need not lay the axis out again.
            x: { field: 'attainment', type: 'quantitative' as const, title: 'Attainment, % of target (axis ends at 200 %)', scale: { domain: [0, CHART_MAX], clamp: true } },
            color: { field: 'who', type: 'nominal' as const, legend: null, scale: { domain: [...CHART_SERIES], range: [...CHART_COLOURS] } }
        }
    };
}

export class MotionChart {
    private constructor(private readonly view: View) {}

    /** `motions`: the motion titles in workflow order (the y axis keeps that order). */
    static async create(motions: readonly string[]): Promise<MotionChart> {
        const { vega, vegaLite } = await import('./chart-runtime.js');
        const runtime = vega.parse(vegaLite.compile(spec(motions) as never).spec);
        return new MotionChart(new vega.View(runtime, { renderer: 'none' }));
    }

    async svg(bars: readonly ChartBar[]): Promise<string> {
        this.view.data('table', bars.map(b => ({ ...b })));
        return this.view.toSVG();
    }

    finalize(): void {
        this.view.finalize();
    }
}
