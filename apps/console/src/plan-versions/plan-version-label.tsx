import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { localized } from '../shared/localized-text-field';

/**
 * "第2版 人工知能基本計画" / "Version 2 AI Basic Plan" wherever a version is referenced;
 * `short` gives the number alone (in lists of objectives and KPIs).
 */
export const PlanVersionLabel = ({ short = false }: { short?: boolean }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const number = translate('tracker.plan.version_label', { number: record.number });
  return <span>{short ? number : `${number} ${localized(record, 'title', locale)}`}</span>;
};
