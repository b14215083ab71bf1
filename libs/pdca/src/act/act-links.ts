import type { Tx } from '@tracker/audit';
import { ReferenceNotFoundError, RuleViolationError } from '@tracker/core';
import { hiddenInvestigations } from '../check/case-file-access';
import { Finding } from '../check/finding.entity';
import { Organisation } from '../check/organisation.entity';
import { Redactor } from '../shared/confidential-fields';
import { Guidance } from './guidance.entity';
import { isIssued } from './guidance.status';

/**
 * Findings a guidance or an amendment rests on: they exist, the writer may see them (a finding
 * of a confidential case file is, to a user without clearance, a missing one), and they are
 * accepted. Share-locked, so they cannot change under the write.
 */
export async function checkFindings(tx: Tx, ids: readonly string[] | undefined, field: string) {
  if (!ids?.length) return;
  const findings: Finding[] = [];
  for (const id of ids) findings.push(await tx.ref(Finding, id, field, 'share'));
  const hidden = await hiddenInvestigations(
    tx.em,
    [...new Set(findings.map((f) => f.investigationId))],
    new Redactor(tx.actor),
  );
  for (const finding of findings) {
    if (hidden.has(finding.investigationId)) {
      throw new ReferenceNotFoundError(field, 'finding', finding.id);
    }
    if (finding.status !== 'accepted') {
      throw new RuleViolationError(
        `Finding ${finding.id} is ${finding.status}; only accepted findings can be relied on`,
        'finding_not_accepted',
        field,
        { findingId: finding.id, currentStatus: finding.status },
      );
    }
  }
}

export async function checkOrganisations(
  tx: Tx,
  ids: readonly string[] | undefined,
  field: string,
) {
  for (const id of ids ?? []) await tx.ref(Organisation, id, field, 'share');
}

/** Guidance an amendment rests on must have been issued (it may have been revised since). */
export async function checkIssuedGuidance(
  tx: Tx,
  ids: readonly string[] | undefined,
  field: string,
) {
  for (const id of ids ?? []) {
    const guidance = await tx.ref(Guidance, id, field, 'share');
    if (!isIssued(guidance.status)) {
      throw new RuleViolationError(
        `Guidance ${guidance.referenceNumber} v${guidance.versionNumber} is ${guidance.status}; only issued guidance can justify an amendment`,
        'guidance_not_issued',
        field,
        { guidanceId: id, currentStatus: guidance.status },
      );
    }
  }
}
