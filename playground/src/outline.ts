/** The outline beside the editor: the server's document symbols, nested; a click selects the element. */
import type { LSPClient } from '@codemirror/lsp-client';
import { LSPPlugin } from '@codemirror/lsp-client';
import type { EditorView } from '@codemirror/view';
import type { DocumentSymbol } from 'vscode-languageserver-types';

function item(symbol: DocumentSymbol, view: EditorView): HTMLLIElement {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'symbol';
    button.textContent = symbol.name;
    if (symbol.detail) button.title = symbol.detail;
    button.addEventListener('click', () => {
        const plugin = LSPPlugin.get(view);
        if (!plugin) return;
        const from = plugin.fromPosition(symbol.selectionRange.start, plugin.syncedDoc);
        const to = plugin.fromPosition(symbol.selectionRange.end, plugin.syncedDoc);
        view.dispatch({ selection: { anchor: plugin.unsyncedChanges.mapPos(from), head: plugin.unsyncedChanges.mapPos(to) }, scrollIntoView: true });
        view.focus();
    });
    li.append(button);
    if (symbol.detail) {
        const detail = document.createElement('span');
        detail.className = 'detail';
        detail.textContent = symbol.detail;
        li.append(' ', detail);
    }
    if (symbol.children?.length) li.append(list(symbol.children, view));
    return li;
}

function list(symbols: readonly DocumentSymbol[], view: EditorView): HTMLUListElement {
    const ul = document.createElement('ul');
    for (const symbol of symbols) ul.append(item(symbol, view));
    return ul;
}

export async function refreshOutline(client: LSPClient, uri: string, view: EditorView, into: HTMLElement): Promise<void> {
    const symbols = await client.request<unknown, DocumentSymbol[] | null>('textDocument/documentSymbol', { textDocument: { uri } });
    into.replaceChildren(list(symbols ?? [], view));
}
