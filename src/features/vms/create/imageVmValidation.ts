import type { ImageVmInput } from '@/domain/vms/create';
import type { FieldProblem } from './validation';

/** What the user has picked so far in the create-from-image form. */
export interface ImageVmForm {
  name?: string;
  description?: string;
  imageId?: string;
  offeringId?: string;
  networkIds?: string[];
}

export type ImageVmField = keyof ImageVmForm;
export const IMAGE_VM_FIELDS: readonly ImageVmField[] = ['name', 'description', 'imageId', 'offeringId', 'networkIds'];

/** ZStack's own limits on APICreateVmInstanceMsg (name: 255, description: 2048). */
export const NAME_MAX = 255;
export const DESCRIPTION_MAX = 2048;

/** The checks ZStack's parameter validation would make, before anything is sent; the provider decides the rest. */
export function validateImageVm(form: ImageVmForm): Partial<Record<ImageVmField, FieldProblem>> {
  const problems: Partial<Record<ImageVmField, FieldProblem>> = {};
  const name = form.name?.trim() ?? '';
  if (name === '') problems.name = { key: 'createFromImage.problem.nameRequired' };
  else if (name.length > NAME_MAX) problems.name = { key: 'createFromImage.problem.nameTooLong', params: { max: NAME_MAX } };
  if ((form.description?.length ?? 0) > DESCRIPTION_MAX) problems.description = { key: 'createFromImage.problem.descriptionTooLong', params: { max: DESCRIPTION_MAX } };
  if (!form.imageId) problems.imageId = { key: 'createFromImage.problem.imageRequired' };
  if (!form.offeringId) problems.offeringId = { key: 'createFromImage.problem.offeringRequired' };
  if (!form.networkIds?.length) problems.networkIds = { key: 'createFromImage.problem.networksRequired' };
  return problems;
}

/** The request for a form that passed validateImageVm (names trimmed; an empty description is not sent). */
export function toImageVmInput(form: ImageVmForm): ImageVmInput {
  const description = form.description?.trim();
  return {
    name: (form.name ?? '').trim(),
    ...(description ? { description } : {}),
    imageId: form.imageId ?? '',
    offeringId: form.offeringId ?? '',
    networkIds: form.networkIds ?? [],
  };
}
