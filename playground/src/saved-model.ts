/**
 * Keeps the model across reloads: the playground has no files, so without
 * this a reload (or a closed tab) threw away everything typed and showed the
 * example again. The text is kept in the page's localStorage (it stays in
 * this browser, like everything else the playground does), written shortly
 * after the last edit. A browser may refuse storage (disabled, private mode,
 * full): the playground then works as before and says so once.
 */
const KEY = 'wpcm-playground:model';

/** How long after the last keystroke the text is written: once per pause, not per key. */
export const SAVE_DELAY_MS = 300;

export function loadModel(): string | undefined {
    try {
        return localStorage.getItem(KEY) ?? undefined;
    } catch {
        return undefined;
    }
}

/**
 * Returns a function to call with the text after each edit; `onRefused` is told once if the browser will not
 * keep it. A refused write also drops the text stored before: a reload would otherwise bring back an older
 * version of the model as if it were the last one.
 */
export function modelSaver(onRefused: (message: string) => void): (text: () => string) => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let refused = false;
    return text => {
        clearTimeout(timer);
        timer = setTimeout(() => {
            try {
                localStorage.setItem(KEY, text());
                refused = false;
            } catch (error) {
                forgetModel();
                if (refused) return;
                refused = true;
                onRefused(`This browser did not keep the model (${(error as Error).name}): a reload would show the example; save your work elsewhere.`);
            }
        }, SAVE_DELAY_MS);
    };
}

/** Back to the example: the stored text is dropped, so a reload shows the example too. */
export function forgetModel(): void {
    try { localStorage.removeItem(KEY); } catch { /* nothing stored */ }
}
