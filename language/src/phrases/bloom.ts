/**
 * Read-only Bloom filter over lowercase words, as written by
 * scripts/build-lexicon.mjs. The bit array stays in its base64 text, six bits
 * per character, and is read in place: nothing to decode at start-up. The hash
 * scheme (two FNV-1a seeds, double hashing) must match the build script.
 */
export interface BloomSpec {
    bits: number;
    hashes: number;
    /** the bit array, six bits per base64 character, most significant bit first */
    data: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const SEXTET = new Uint8Array(128);
for (let i = 0; i < BASE64.length; i++) SEXTET[BASE64.charCodeAt(i)] = i;

export class BloomFilter {
    constructor(private readonly spec: BloomSpec) {}

    has(word: string): boolean {
        const { bits, hashes, data } = this.spec;
        const h1 = fnv1a(word, 2166136261);
        const h2 = fnv1a(word, 374761393) | 1;
        for (let i = 0; i < hashes; i++) {
            const idx = ((h1 + Math.imul(i, h2)) >>> 0) % bits;
            const sextet = SEXTET[data.charCodeAt((idx / 6) | 0)];
            if ((sextet & (32 >> idx % 6)) === 0) return false;
        }
        return true;
    }
}

function fnv1a(word: string, seed: number): number {
    let h = seed >>> 0;
    for (let i = 0; i < word.length; i++) {
        h ^= word.charCodeAt(i);
        h = Math.imul(h, 16777619) >>> 0;
    }
    return h;
}
