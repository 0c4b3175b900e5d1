/** Test doubles for merchants' own tests and for the demo. Node only. */
import { fileURLToPath } from 'node:url';

export * from './juspay-double.js';
export type { HyperServicesDoubleControls } from './double-controls.js';

/** Path of the HyperServices.js double, to serve in place of Juspay's script in tests. */
export const hyperServicesDoublePath = fileURLToPath(new URL('./hyper-services-double.js', import.meta.url));
