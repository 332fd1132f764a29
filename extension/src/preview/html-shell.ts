/**
 * The preview webview's page: a strict Content-Security-Policy (nothing but
 * the extension's own stylesheet and one nonce-tagged script; no inline code,
 * no remote content) and an empty root the script fills with the rendered
 * (escaped) dashboard.
 */
export interface ShellResources {
    cspSource: string;
    styleUri: string;
    scriptUri: string;
    nonce: string;
}

export function contentSecurityPolicy({ cspSource, nonce }: Pick<ShellResources, 'cspSource' | 'nonce'>): string {
    return [
        "default-src 'none'",
        `style-src ${cspSource}`,
        `img-src ${cspSource}`,
        `font-src ${cspSource}`,
        `script-src 'nonce-${nonce}'`,
        "base-uri 'none'",
        "form-action 'none'"
    ].join('; ');
}

export function htmlShell(resources: ShellResources): string {
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(resources)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${resources.styleUri}">
<title>WPCM Dashboard Preview</title>
</head>
<body>
<main id="root" aria-live="polite"><p class="notice">Loading the dashboard…</p></main>
<script nonce="${resources.nonce}" src="${resources.scriptUri}"></script>
</body>
</html>`;
}
