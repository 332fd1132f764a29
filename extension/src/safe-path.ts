/** A generated file's path inside the output folder, or undefined when it would leave the folder. */
import { posix } from 'node:path';

export function safeRelativePath(path: string): string | undefined {
    const normalized = posix.normalize(path.replaceAll('\\', '/'));
    const escapes = normalized === '..' || normalized.startsWith('../');
    const absolute = posix.isAbsolute(normalized) || /^[a-zA-Z]:/.test(normalized);
    return normalized === '.' || normalized === '' || escapes || absolute ? undefined : normalized;
}
