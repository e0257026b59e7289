import type { CreateVmField, CreateVmForm } from './validation';

const CREATE_FIELDS: readonly CreateVmField[] = ['imageName', 'operatingSystem', 'biosMode', 'gpuCount', 'cpuCores', 'memoryGiB', 'diskGiB', 'sshPort', 'rdpPort', 'vncPort'];

/**
 * Node messages by the field they are about: create (TaskManager parse_create_params, docs/providers/dbc.md §4.2) and modify
 * ("new_vnc_port 5800 is invalid!", "allocate mem failed", "new cpu cores is invalid").
 */
const FIELD_PATTERNS: ReadonlyArray<[RegExp, CreateVmField]> = [
  [/new_ssh_port and new_rdp_port/i, 'rdpPort'],
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
  return fieldOfNodeMessage<CreateVmField>(message, CREATE_FIELDS);
}

/** The field a node message is about, among `fields` (a form's own), or undefined. */
export function fieldOfNodeMessage<F extends string>(message: string, fields: readonly F[]): F | undefined {
  const field = FIELD_PATTERNS.find(([pattern]) => pattern.test(message))?.[1];
  return fields.find((f) => f === field);
}
