import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { localized } from '../shared/localized-text-field';

/** "AIG-2026-0001 第2版 件名" / "AIG-2026-0001 version 2 Title" wherever a version is named. */
export const GuidanceLabel = ({ short = false }: { short?: boolean }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const version = translate('tracker.act.version_label', {
    reference: record.referenceNumber,
    number: record.versionNumber,
  });
  return <span>{short ? version : `${version} ${localized(record, 'title', locale)}`}</span>;
};
