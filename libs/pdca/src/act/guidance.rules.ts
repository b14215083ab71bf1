import {
  GUIDANCE_KINDS_NEEDING_FINDINGS,
  type GuidanceKind,
  type Sector,
} from '@tracker/contracts';
import { BadRequestError } from '@tracker/core/errors';

/** `AIG-<year>-<n>`: at least four digits, more once the sequence passes 9,999. */
export const GUIDANCE_REFERENCE_PATTERN = /^AIG-\d{4}-\d{4,}$/;

/**
 * The permanent reference of a guidance, shared by all its versions. `year` is the calendar
 * year in Japan when the first version was drafted; `sequence` comes from a database sequence,
 * so no number is handed out twice.
 */
export function formatGuidanceReference(year: number, sequence: number): string {
  return `AIG-${year}-${String(sequence).padStart(4, '0')}`;
}

export interface GuidanceAddressees {
  kind: GuidanceKind;
  addresseeOrganisationIds?: readonly string[] | null;
  addresseeSector?: Sector | null;
  findingIds?: readonly string[] | null;
}

/**
 * Addressees are named organisations or a whole sector, not both. Guidance and advice are
 * given to someone on the strength of accepted findings; information provision and public
 * notices may address everyone and need not rest on an investigation.
 */
export function checkGuidanceShape(g: GuidanceAddressees): void {
  const details: { field: string; message: string }[] = [];
  const named = g.addresseeOrganisationIds?.length ?? 0;
  if (named && g.addresseeSector) {
    details.push({
      field: 'addresseeSector',
      message: 'address named organisations or a whole sector, not both',
    });
  }
  if (GUIDANCE_KINDS_NEEDING_FINDINGS.includes(g.kind)) {
    if (!named && !g.addresseeSector) {
      details.push({
        field: 'addresseeOrganisationIds',
        message: `${g.kind} names its addressees: organisations or a sector`,
      });
    }
    if (!g.findingIds?.length) {
      details.push({ field: 'findingIds', message: `${g.kind} rests on at least one finding` });
    }
  }
  if (details.length) throw new BadRequestError('Invalid guidance', details);
}
