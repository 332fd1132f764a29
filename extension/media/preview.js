// The preview page's only script: it shows the HTML the extension rendered
// (already escaped there) and keeps it across hide/show via the webview state.
// @ts-check
(function () {
    // eslint-disable-next-line no-undef
    const vscode = acquireVsCodeApi();
    const root = document.getElementById('root');
    const show = (html) => {
        if (!root) return;
        const scroll = window.scrollY;
        root.innerHTML = html;
        window.scrollTo(0, scroll);
    };
    const state = vscode.getState();
    if (state && typeof state.html === 'string') show(state.html);
    window.addEventListener('message', (event) => {
        const message = event.data;
        if (message && message.type === 'render' && typeof message.html === 'string') {
            show(message.html);
            vscode.setState({ html: message.html });
        }
    });
    vscode.postMessage({ type: 'ready' });
})();
