import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { EntityType } from '@tracker/contracts';
import { useTranslate } from 'react-admin';

/** The console resource of each audited record type, whose field labels name the rows. */
export const RESOURCE_OF: Record<EntityType, string> = {
  app_user: 'users',
  plan_version: 'plan-versions',
  plan_objective: 'plan-objectives',
  plan_kpi: 'plan-kpis',
  organisation: 'organisations',
  incident: 'incidents',
  investigation: 'investigations',
  information_request: 'information-requests',
  finding: 'findings',
  comment: 'comments',
  review_task: 'review-tasks',
  notification: 'notifications',
  measure: 'measures',
  measure_milestone: 'measure-milestones',
  measure_kpi: 'measure-kpis',
  progress_report: 'progress-reports',
  guidance: 'guidance',
  amendment: 'amendments',
};

/** Fields whose values are contract enumerations, shown in the user's language. */
const ENUM_FIELDS: Record<string, (entityType: string) => string> = {
  status: (entityType) => `tracker.status.${entityType}`,
  principle: () => 'tracker.principle',
  ministry: () => 'tracker.ministry',
  clearance: () => 'tracker.clearance',
  roles: () => 'tracker.role',
  // The Do and Check stages' vocabularies (i18n/do-check-messages.ts).
  leadMinistry: () => 'tracker.ministry',
  cooperatingMinistries: () => 'tracker.ministry',
  referralMinistry: () => 'tracker.ministry',
  category: () => 'tracker.measure_category',
  actorType: () => 'tracker.actor_type',
  legalNature: () => 'tracker.legal_nature',
  rating: () => 'tracker.rating',
  severity: () => 'tracker.severity',
  riskLevel: () => 'tracker.severity',
  confidentiality: () => 'tracker.confidentiality',
  cooperationStatus: () => 'tracker.cooperation',
  sector: () => 'tracker.sector',
  source: () => 'tracker.incident_source',
  riskCategories: () => 'tracker.risk_category',
  affectedInterests: () => 'tracker.affected_interest',
  applicableLaws: () => 'tracker.existing_law',
  recommendedAction: () => 'tracker.recommended_action',
  size: () => 'tracker.organisation_size',
};

interface ChangesTableProps {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** The record type (an audit event's entityType): names fields and enumeration values. */
  entityType?: string;
  /** Fields withheld from the reader (confidential): shown as redacted, not as empty. */
  redacted?: readonly string[];
}

/** What a change did: one row per field, before and after. */
export const ChangesTable = ({
  before,
  after,
  entityType = '',
  redacted = [],
}: ChangesTableProps) => {
  const translate = useTranslate();
  const resource = RESOURCE_OF[entityType as EntityType];
  const show = (field: string, value: unknown, half: object | null): string => {
    if (value == null && half && field in half && redacted.includes(field)) {
      return translate('tracker.redaction.redacted');
    }
    if (value == null) return '—';
    const prefix = ENUM_FIELDS[field]?.(entityType);
    if (prefix && Array.isArray(value)) return value.map((v) => show(field, v, null)).join('、');
    if (prefix) return translate(`${prefix}.${String(value)}`, { _: String(value) });
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
  // A created record lists every column; the empty ones say nothing.
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter(
    (field) => before?.[field] != null || after?.[field] != null || redacted.includes(field),
  );
  if (!fields.length) return null;
  return (
    <Table size="small" aria-label={translate('tracker.audit.changes')}>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col" sx={{ width: '24%' }}>
            {translate('tracker.history.field')}
          </TableCell>
          <TableCell component="th" scope="col" sx={{ width: '38%' }}>
            {translate('tracker.history.before')}
          </TableCell>
          <TableCell component="th" scope="col">
            {translate('tracker.history.after')}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {fields.map((field) => (
          <TableRow key={field}>
            <TableCell component="th" scope="row">
              {resource ? translate(`resources.${resource}.fields.${field}`, { _: field }) : field}
            </TableCell>
            <TableCell sx={{ wordBreak: 'break-word' }}>
              {show(field, before?.[field], before)}
            </TableCell>
            <TableCell sx={{ wordBreak: 'break-word' }}>
              {show(field, after?.[field], after)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
