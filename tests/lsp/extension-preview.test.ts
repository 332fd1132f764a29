/** The dashboard preview's HTML: sections per motion, targets, gaps highlighted, everything escaped, strict CSP. */
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, htmlShell } from '../../extension/src/preview/html-shell.js';
import { renderDashboard, renderNotice } from '@wpcm/language/client';
import { isSafeRelativePath } from '../../language/src/generators/generated-file.js';
import type { PreviewResult } from '@wpcm/language';
import { readExample } from '../support/workspace.js';
import { addFiles, lspServices } from './support.js';
import { preview } from '../../server/src/preview-handler.js';

type DashboardPreview = Extract<PreviewResult, { kind: 'dashboard' }>;

async function previewOf(files: Record<string, string>, name: string, offset?: number): Promise<PreviewResult> {
    const services = lspServices();
    await addFiles(services, files);
    return preview(services, { uri: `file:///ws/${name}`, ...(offset === undefined ? {} : { offset }) });
}

describe('dashboard preview rendering', () => {
    it('renders the direct-seller persona: a section per motion in order, targets in words, gaps flagged', async () => {
        const result = await previewOf({ 'ds.wpcm': readExample('direct-seller.wpcm') }, 'ds.wpcm') as DashboardPreview;
        const html = renderDashboard(result);
        expect([...html.matchAll(/<h2><span class="step">(\d)<\/span> ([^<]+)<\/h2>/g)].map(m => `${m[1]} ${m[2]}`)).toEqual([
            '1 Prospect for leads', '2 Qualify the lead', '3 Present your solution', '4 Close the deal', '5 Ensure success'
        ]);
        expect(html).toContain('<span class="target">at least 60 touches per day</span>');
        expect(html).toContain('“above average” is not a number');
        expect(html).toContain('<span class="gap">2 KPIs without a numeric target</span>');
        expect(html).toContain('No competency supports this motion');
        expect(html).toMatch(/<li class="section" id="motion-Close">/);
        expect(html).toMatch(/<li class="section flagged" id="motion-Prospect">/);
    });

    it('highlights performance gaps that training alone cannot fix', async () => {
        const result = await previewOf({ 'abc.wpcm': readExample('abc-co.wpcm') }, 'abc.wpcm') as DashboardPreview;
        const html = renderDashboard(result);
        expect(html).toContain('<section class="hpt-gaps"><h2>Performance gaps</h2><article class="hpt flagged"><h3>Sales forecasts beyond 30 days are unreliable</h3>');
        expect(html).toContain('Training only, but the causes include organization or process');
        expect(html).toContain('No intervention addresses the process-level cause.');
        expect(html).toContain('No KPI yet');
    });

    it('escapes every string from the model', async () => {
        const evil = `persona P "<script>alert('p')</script>" {
    description "<img src=x onerror=alert(1)>"
    motion M "Close the <b>deal</b> & \\"win\\"" {
        goal "</li><script>x()</script>"
        kpi K "<i>k</i>" { target >= 1 <u>x</u> per day measured in S }
    }
    competency C "How to <svg onload=alert(2)>" { supports M }
}
system S "<style>body{}</style>"
gap G "<iframe src=javascript:alert(3)>" { affects M cause process "c" intervention training "<a href=x>t</a>" }
`.replace(' <u>x</u>', '');
        const result = await previewOf({ 'evil.wpcm': evil }, 'evil.wpcm');
        expect(result.kind).toBe('dashboard');
        const html = renderDashboard(result as DashboardPreview);
        const tags = [...html.matchAll(/<\/?([a-zA-Z0-9]+)/g)].map(m => m[1]!.toLowerCase());
        expect(new Set(tags)).toEqual(new Set(['header', 'h1', 'p', 'span', 'ol', 'li', 'h2', 'table', 'thead', 'tr', 'th', 'tbody', 'td', 'section', 'article', 'h3', 'ul']));
        expect(html).toContain('&lt;script&gt;alert(&#39;p&#39;)&lt;/script&gt;');
        expect(html).toContain('Close the &lt;b&gt;deal&lt;/b&gt; &amp; &quot;win&quot;');
        expect(html).not.toMatch(/<(script|img|svg|iframe|style|a)\b/i);
        expect(renderNotice('<b>x</b>')).toBe('<p class="notice">&lt;b&gt;x&lt;/b&gt;</p>');
    });

    it('says when a file has no persona, and refuses a model with errors', async () => {
        expect(await previewOf({ 'lib.wpcm': 'system CRM\n' }, 'lib.wpcm')).toEqual({ kind: 'empty', message: 'this file has no persona to preview' });
        expect(await previewOf({ 'bad.wpcm': 'persona P { motion M "Do it" { kpi K "k" { measured in Nowhere } } }\n' }, 'bad.wpcm'))
            .toMatchObject({ kind: 'refused', errorCount: 1 });
    });

    it('picks the persona under the cursor', async () => {
        const text = 'persona A { motion M "Do it" { goal "g" } }\npersona B { motion N "Go on" { goal "g" } }\n';
        const result = await previewOf({ 'two.wpcm': text }, 'two.wpcm', text.indexOf('Go on')) as DashboardPreview;
        expect(result.dashboard.persona.id).toBe('B');
        expect(result.personas.map(p => p.id)).toEqual(['A', 'B']);
    });
});

describe('preview page', () => {
    const resources = { cspSource: 'https://file+.vscode-resource.vscode-cdn.net', styleUri: 'https://x/preview.css', scriptUri: 'https://x/preview.js', nonce: 'abc123' };

    it('has a strict Content-Security-Policy: no inline or remote code, only its own nonce script and stylesheet', () => {
        const csp = contentSecurityPolicy(resources);
        expect(csp).toBe("default-src 'none'; style-src https://file+.vscode-resource.vscode-cdn.net; img-src https://file+.vscode-resource.vscode-cdn.net; font-src https://file+.vscode-resource.vscode-cdn.net; script-src 'nonce-abc123'; base-uri 'none'; form-action 'none'");
        expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
        const html = htmlShell(resources);
        expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${csp}">`);
        expect(html.match(/<script/g)).toHaveLength(1);
        expect(html).toContain('<script nonce="abc123" src="https://x/preview.js"></script>');
    });
});

describe('generated file paths', () => {
    it.each([
        ['directseller.dashboard.json', true],
        ['seller/README.md', true],
        ['a/./b.md', false],
        ['a//b.md', false],
        ['../escape.md', false],
        ['a/../../escape.md', false],
        ['/etc/passwd', false],
        ['C:/x.md', false],
        ['..\\x.md', false],
        ['a\u0000b.md', false],
        ['', false]
    ])('%j is a safe relative path: %j', (path, expected) => {
        expect(isSafeRelativePath(path)).toBe(expected);
    });
});
