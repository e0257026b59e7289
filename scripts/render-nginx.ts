/**
 * `npx tsx scripts/render-nginx.ts <description.json> [out.conf] [--config-out <config.json>]`: deploy/nginx.conf
 * filled from a deployment description (scripts/deploy/description.ts, example deploy/deploy.example.json); to
 * stdout without out.conf. frame-ancestors are the `embed.allowedOrigins` of the config.json the description names
 * (`appConfig`); `--config-out` copies that very file where the app is served from (the Dockerfile puts it in the
 * image), so the console and nginx are built from one list.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { DeployDescriptionError, readDeployDescription } from './deploy/description';
import { NGINX_TEMPLATE, renderNginx } from './deploy/nginx';
import { readPortalOrigins } from './deploy/portals';

const USAGE = 'usage: npx tsx scripts/render-nginx.ts <description.json> [out.conf] [--config-out <config.json>]';
const args = process.argv.slice(2);
const flag = args.indexOf('--config-out');
const configOut = flag >= 0 ? args[flag + 1] : undefined;
const [input, output, ...rest] = flag >= 0 ? [...args.slice(0, flag), ...args.slice(flag + 2)] : args;
if (!input || rest.length > 0 || (flag >= 0 && !configOut)) {
  console.error(USAGE);
  process.exit(2);
}
try {
  const description = readDeployDescription(input);
  const config = renderNginx(readFileSync(NGINX_TEMPLATE, 'utf8'), description, readPortalOrigins(description.appConfig));
  if (output) writeFileSync(output, config);
  else process.stdout.write(config);
  if (configOut) copyFileSync(description.appConfig, configOut);
} catch (error) {
  console.error(error instanceof DeployDescriptionError || error instanceof Error ? error.message : String(error));
  process.exit(1);
}
