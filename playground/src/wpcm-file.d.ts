/** .wpcm files are bundled as text (esbuild's text loader). */
declare module '*.wpcm' {
    const text: string;
    export default text;
}
