/**
 * Build-time step (`npm run build` runs it as `postbuild`): write the compact gazetteer index
 * `data/gazetteer.bin` from GeoNames `cities500.txt`, so that the places stage loads in tens of
 * milliseconds instead of parsing 32 MB of text (~2.5 s). Skips when the index is up to date;
 * `--force` rebuilds.
 */
import { indexIsFresh, writeIndex, INDEX_PATH } from './gazetteer.js';

if (!process.argv.includes('--force') && indexIsFresh()) {
  console.log(`gazetteer index: ${INDEX_PATH} is up to date`);
} else {
  const { bytes, ms } = writeIndex();
  console.log(`gazetteer index: ${INDEX_PATH} (${(bytes / 1e6).toFixed(1)} MB, built in ${Math.round(ms)} ms)`);
}
