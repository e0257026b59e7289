/**
 * What a DBC ImageRecord id says for Create VM: `node:<nodeId>/<file>` is a file on that node, `server:<id>/<file>`
 * a file in the image center (copied onto the chosen node first). See src/domain/images/model.ts.
 */
export function dbcImagePreselect(imageId: string | undefined): { nodeId?: string; imageName: string } | undefined {
  const match = imageId === undefined ? null : /^(node|server):([^/]+)\/(.+)$/.exec(imageId);
  if (!match) return undefined;
  const [, where, id, imageName] = match as unknown as [string, 'node' | 'server', string, string];
  return where === 'node' ? { nodeId: id, imageName } : { imageName };
}
