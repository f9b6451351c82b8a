// Bundles page.ts for the browser with the platform address and this hospital's id built in, as a
// hospital's own build (webpack, Vite, esbuild) would. Used by serve.ts and by the example's test.
import { build } from 'esbuild';

export async function bundleHospitalPage(config: { baseURL: string; hospitalId: string }): Promise<string> {
  const result = await build({
    // Relative to examples/, where the package's scripts and tests run.
    entryPoints: ['hospital-h5/page.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    define: { YIKA_CONFIG: JSON.stringify(config) },
  });
  return result.outputFiles[0]!.text;
}
