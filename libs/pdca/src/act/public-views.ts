import type { Guidance } from './guidance.entity';

/**
 * What the public sees of a guidance version: an allow-list, so a field added to the record
 * later stays internal until someone decides to publish it. Internal fields (the findings it
 * rests on, follow-up, acknowledgement, review notes, withdrawal reasons) never appear.
 */
export interface PublicGuidance {
  id: string;
  referenceNumber: string;
  versionNumber: number;
  kind: string;
  status: string;
  titleJa: string;
  titleEn: string;
  bodyJa: string;
  bodyEn: string;
  legalBasis: string;
  issuingAuthority: string;
  issueDate: string | null;
  addresseeSector: string | null;
  addressees: { nameJa: string | null; nameEn: string | null }[];
  withdrawnOn: string | null;
  supersededOn: string | null;
}

const japanDay = (at: Date | null) =>
  at ? new Date(at.getTime() + 9 * 3600_000).toISOString().slice(0, 10) : null;

export function publicGuidance(
  g: Guidance,
  names: ReadonlyMap<string, { nameJa: string | null; nameEn: string | null }>,
): PublicGuidance {
  return {
    id: g.id,
    referenceNumber: g.referenceNumber,
    versionNumber: g.versionNumber,
    kind: g.kind,
    status: g.status,
    titleJa: g.titleJa,
    titleEn: g.titleEn,
    bodyJa: g.bodyJa,
    bodyEn: g.bodyEn,
    legalBasis: g.legalBasis,
    issuingAuthority: g.issuingAuthority,
    issueDate: g.issueDate,
    addresseeSector: g.addresseeSector,
    addressees: g.addresseeOrganisationIds.map(
      (id) => names.get(id) ?? { nameJa: null, nameEn: null },
    ),
    withdrawnOn: japanDay(g.withdrawnAt),
    supersededOn: japanDay(g.supersededAt),
  };
}
