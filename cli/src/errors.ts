/** A usage or I/O problem: printed as one line on stderr, exit code 2, no stack trace. */
export class CliError extends Error {
    override readonly name = 'CliError';
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
