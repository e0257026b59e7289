import type { Vm } from '@/domain/vms/types';
import type { Locale, Translate } from '@/i18n';
import { formatBytes, formatNumber } from '../format';

/** One line for a VM's size, e.g. `4 vCPU · 16 GiB · 1 GPU · 100 GiB disk`; `—` when the provider gave none. */
export function resourcesText(vm: Pick<Vm, 'cpuCores' | 'memoryBytes' | 'gpuCount' | 'diskBytes'>, t: Translate, locale: Locale): string {
  const parts: string[] = [];
  if (vm.cpuCores !== undefined) parts.push(t('vms.res.cpu', { count: formatNumber(vm.cpuCores, locale) }));
  if (vm.memoryBytes !== undefined) parts.push(formatBytes(vm.memoryBytes, locale));
  if (vm.gpuCount !== undefined) parts.push(t('vms.res.gpu', { count: formatNumber(vm.gpuCount, locale) }));
  if (vm.diskBytes !== undefined) parts.push(t('vms.res.disk', { size: formatBytes(vm.diskBytes, locale) }));
  return parts.length ? parts.join(' · ') : '—';
}

/** What a VM's disk size counts, e.g. `350 GiB system + 100 GiB data`, where the provider tells the disks apart. */
export function diskPartsText(vm: Pick<Vm, 'diskParts'>, t: Translate, locale: Locale): string | undefined {
  if (!vm.diskParts) return undefined;
  return t('vmCreate.disk.breakdown', { system: formatBytes(vm.diskParts.systemBytes, locale), data: formatBytes(vm.diskParts.dataBytes, locale) });
}

/** The resources line with what its disk size counts, for the list's tooltip (the cell itself stays short). */
export function resourcesTitle(vm: Pick<Vm, 'cpuCores' | 'memoryBytes' | 'gpuCount' | 'diskBytes' | 'diskParts'>, t: Translate, locale: Locale): string {
  const text = resourcesText(vm, t, locale);
  const parts = diskPartsText(vm, t, locale);
  return parts ? `${text} (${t('vms.prop.disk')}: ${parts})` : text;
}
