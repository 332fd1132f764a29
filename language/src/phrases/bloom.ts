/**
 * Read-only Bloom filter over lowercase words, as written by scripts/build-lexicon.mjs.
 * The hash scheme (two FNV-1a seeds, double hashing) must match the build script.
 */
export interface BloomSpec {
  bits: number;
  hashes: number;
  /** the bit array, base64 */
  data: string;
}

export class BloomFilter {
  private readonly bytes: Uint8Array;

  constructor(private readonly spec: BloomSpec) {
    this.bytes = decodeBase64(spec.data);
  }

  has(word: string): boolean {
    const { bits, hashes } = this.spec;
    const h1 = fnv1a(word, 2166136261);
    const h2 = fnv1a(word, 374761393) | 1;
    for (let i = 0; i < hashes; i++) {
      const idx = ((h1 + Math.imul(i, h2)) >>> 0) % bits;
      if ((this.bytes[idx >> 3] & (1 << (idx & 7))) === 0) return false;
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

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Plain base64 decoding, so the module needs neither Buffer (Node) nor atob (browser). */
function decodeBase64(text: string): Uint8Array {
  const values = new Uint8Array(128);
  for (let i = 0; i < BASE64.length; i++) values[BASE64.charCodeAt(i)] = i;
  let end = text.length;
  while (end > 0 && text[end - 1] === '=') end--;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let acc = 0;
  let accBits = 0;
  let o = 0;
  for (let i = 0; i < end; i++) {
    acc = (acc << 6) | values[text.charCodeAt(i)];
    accBits += 6;
    if (accBits >= 8) {
      accBits -= 8;
      out[o++] = (acc >> accBits) & 0xff;
    }
  }
  return out;
}
