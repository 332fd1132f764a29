/** Process entry of the `wpcm` command (bundled to out/cli.cjs). */
import { main } from './main.js';

main(process.argv.slice(2), {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    ...(process.stderr.isTTY ? { progress: (text: string) => process.stderr.write(text) } : {})
}).then(code => { process.exitCode = code; });
