import type { CreateVmField, CreateVmForm } from './validation';

/** Node messages (TaskManager parse_create_params, dbc.md §4) by the field they are about. */
const FIELD_PATTERNS: ReadonlyArray<[RegExp, CreateVmField]> = [
  [/image_name|image\b/i, 'imageName'],
  [/operation system|operation_system/i, 'operatingSystem'],
  [/bios/i, 'biosMode'],
  [/\bgpu/i, 'gpuCount'],
  [/\bcpu/i, 'cpuCores'],
  [/\bmem/i, 'memoryGiB'],
  [/\bdisk/i, 'diskGiB'],
  [/ssh_port/i, 'sshPort'],
  [/rdp_port/i, 'rdpPort'],
  [/vnc_port/i, 'vncPort'],
];

/**
 * Which form field a refused create is about, or undefined (shown above the form). A port conflict names the
 * other VM's port kind ("exist ssh_port = 20022"), so it is matched by the number against the ports we sent.
 */
export function fieldOfCreateError(message: string, form: CreateVmForm): CreateVmField | undefined {
  const conflict = /port conflict, exist \w+ = (\d+)/i.exec(message);
  if (conflict) {
    const port = Number(conflict[1]);
    const windows = form.operatingSystem === 'windows';
    if (!windows && form.sshPort === port) return 'sshPort';
    if (windows && form.rdpPort === port) return 'rdpPort';
    if (form.vncPort === port) return 'vncPort';
    return undefined;
  }
  return FIELD_PATTERNS.find(([pattern]) => pattern.test(message))?.[1];
}
