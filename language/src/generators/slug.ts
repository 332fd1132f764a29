/**
 * File names from model text. A slug is lowercase ASCII letters, digits and
 * single dashes (plus a leading `_` for Windows device names), at most
 * MAX_SLUG_LENGTH characters: it can never hold a path separator, `..`, NUL
 * or markup, whatever the title says, so generated paths stay inside the
 * output folder on every operating system.
 */

export const MAX_SLUG_LENGTH = 60;

// Windows refuses these as file or folder names, with any extension ("con.md").
const WINDOWS_DEVICE_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/** A slug for the text, or '' when it has no Latin letters or digits at all. */
export function slugify(text: string): string {
    const ascii = text
        .normalize('NFKD')
        // Accents become separate combining marks under NFKD; drop them so "Café" gives "cafe".
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    const slug = truncate(ascii, MAX_SLUG_LENGTH);
    return WINDOWS_DEVICE_NAMES.test(slug) ? `_${slug}` : slug;
}

/** Cuts at a dash when one is reasonably close to the limit, so words stay whole. */
function truncate(slug: string, max: number): string {
    if (slug.length <= max) return slug;
    const cut = slug.slice(0, max);
    const lastDash = cut.lastIndexOf('-');
    return (lastDash >= max / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}

/** "HandleObjections" -> "Handle Objections": names make readable slugs too. */
function splitName(name: string): string {
    return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
}

/**
 * The slug of an element: from its title, else from its name (names are ASCII
 * identifiers, so a title in another script still gives a meaningful file
 * name), else the fallback.
 */
export function slugFor(title: string | undefined, name: string | undefined, fallback: string): string {
    return slugify(title ?? '') || slugify(splitName(name ?? '')) || fallback;
}

/**
 * Hands out unique slugs in one folder: the second "direct-seller" becomes
 * "direct-seller-2". Slugs are lowercase, so names that differ only in case
 * cannot overwrite each other on case-insensitive file systems either.
 */
export class SlugAllocator {
    private readonly used: Set<string>;

    /** `reserved`: slugs taken by other files of the folder (e.g. "readme" for README.md). */
    constructor(reserved: Iterable<string> = []) {
        this.used = new Set(reserved);
    }

    allocate(base: string): string {
        let slug = base;
        for (let n = 2; this.used.has(slug); n++) {
            const suffix = `-${n}`;
            slug = `${base.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
        }
        this.used.add(slug);
        return slug;
    }
}
