/**
 * `npx tsx scripts/render-nginx.ts <description.json> [out.conf]`: deploy/nginx.conf filled from a deployment
 * description (scripts/deploy/description.ts, example deploy/deploy.example.json); to stdout without out.conf.
 * frame-ancestors are the `embed.allowedOrigins` of the config.json the description names (`appConfig`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DeployDescriptionError, readDeployDescription } from './deploy/description';
import { NGINX_TEMPLATE, renderNginx } from './deploy/nginx';
import { readPortalOrigins } from './deploy/portals';

const [input, output] = process.argv.slice(2);
if (!input) {
  console.error('usage: npx tsx scripts/render-nginx.ts <description.json> [out.conf]');
  process.exit(2);
}
try {
  const description = readDeployDescription(input);
  const config = renderNginx(readFileSync(NGINX_TEMPLATE, 'utf8'), description, readPortalOrigins(description.appConfig));
  if (output) writeFileSync(output, config);
  else process.stdout.write(config);
} catch (error) {
  console.error(error instanceof DeployDescriptionError || error instanceof Error ? error.message : String(error));
  process.exit(1);
}
