/**
 * Runs before `npm run build` (the build Vercel runs): a production build without its
 * settings stops here, naming every missing one. Servers check again at start-up
 * (src/instrumentation.ts). Outside production it does nothing.
 */
import { checkProductionSettings } from "../src/server/startup-check";

checkProductionSettings();
