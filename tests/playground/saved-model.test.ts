/** playground/src/saved-model.ts: the model kept across reloads, and what happens when the browser refuses to keep it. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadModel, modelSaver, SAVE_DELAY_MS } from '../../playground/src/saved-model.js';

/** localStorage with a quota in characters, as a browser's (about five million in Chromium). */
function storage(quota: number): Storage {
    const items = new Map<string, string>();
    return {
        get length() { return items.size; },
        clear: () => items.clear(),
        key: i => [...items.keys()][i] ?? null,
        getItem: key => items.get(key) ?? null,
        removeItem: key => { items.delete(key); },
        setItem: (key, value) => {
            if (value.length > quota) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
            items.set(key, value);
        }
    };
}

describe('the saved model', () => {
    beforeEach(() => { vi.useFakeTimers(); vi.stubGlobal('localStorage', storage(100)); });
    afterEach(() => { vi.useRealTimers(); vi.unstubAllGlobals(); });

    it('is written once per pause, with the last text', () => {
        const save = modelSaver(() => { throw new Error('not refused'); });
        save(() => 'model "A"');
        save(() => 'model "Ünïcode 😀"');
        expect(loadModel()).toBeUndefined();
        vi.advanceTimersByTime(SAVE_DELAY_MS);
        expect(loadModel()).toBe('model "Ünïcode 😀"');
    });

    it('drops the older text when the browser refuses the new one, and says so once', () => {
        const messages: string[] = [];
        const save = modelSaver(message => messages.push(message));
        save(() => 'model "Small"');
        vi.advanceTimersByTime(SAVE_DELAY_MS);
        save(() => 'x'.repeat(101));
        vi.advanceTimersByTime(SAVE_DELAY_MS);
        save(() => 'y'.repeat(102));
        vi.advanceTimersByTime(SAVE_DELAY_MS);
        // A reload shows the example, not 'model "Small"' as if it were the last version.
        expect(loadModel()).toBeUndefined();
        expect(messages).toEqual(['This browser did not keep the model (QuotaExceededError): a reload would show the example; save your work elsewhere.']);
        save(() => 'model "Small again"');
        vi.advanceTimersByTime(SAVE_DELAY_MS);
        expect(loadModel()).toBe('model "Small again"');
    });

    it('reads nothing when the browser has storage disabled', () => {
        vi.stubGlobal('localStorage', { getItem: () => { throw Object.assign(new Error('denied'), { name: 'SecurityError' }); } });
        expect(loadModel()).toBeUndefined();
    });
});
