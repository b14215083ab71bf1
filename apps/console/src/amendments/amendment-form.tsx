import {
  AMENDMENT_TARGET_CODES,
  AMENDMENTS_NEEDING_NAMES,
  MINISTRY_CODES,
  type AmendmentTarget,
  type Permission,
} from '@tracker/contracts';
import {
  AutocompleteArrayInput,
  FormDataConsumer,
  ReferenceArrayInput,
  SelectInput,
  SimpleForm,
  TextInput,
  maxLength,
  required,
  useLocaleState,
  usePermissions,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { choicesOf } from '../shared/choices';
import { localized } from '../shared/localized-text-field';

const change = [required(), maxLength(20_000)];

/** A guideline or a law is one of many and must be named; the Plan and the Guidelines need not. */
const TargetName = () => (
  <FormDataConsumer<{ target?: AmendmentTarget }>>
    {({ formData }) => {
      const named = !!formData.target && AMENDMENTS_NEEDING_NAMES.includes(formData.target);
      return (
        <TextInput
          source="targetName"
          validate={named ? [required(), maxLength(300)] : maxLength(300)}
        />
      );
    }}
  </FormDataConsumer>
);

/** What the amendment changes and what justifies it (create, and edit until submitted). */
export const AmendmentForm = () => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const { permissions = [] } = usePermissions<Permission[]>();
  // Findings sit in case files: only those who read investigations can pick them.
  const readsFindings = permissions.includes('investigations.read');
  return (
    <SimpleForm
      sx={{ maxWidth: 960 }}
      defaultValues={{ target: 'basic_plan', leadMinistry: 'cao' }}
    >
      <SelectInput
        source="target"
        choices={choicesOf('tracker.amendment_target', AMENDMENT_TARGET_CODES)}
        validate={required()}
      />
      <TargetName />
      <SelectInput source="leadMinistry" choices={choicesOf('tracker.ministry', MINISTRY_CODES)} />
      <TextInput source="proposedChangeJa" validate={change} multiline minRows={4} fullWidth />
      <TextInput source="proposedChangeEn" validate={change} multiline minRows={4} fullWidth />
      {readsFindings && (
        <ReferenceArrayInput
          source="findingIds"
          reference="findings"
          filter={{ status: 'accepted' }}
          sort={{ field: 'createdAt', order: 'DESC' }}
        >
          <AutocompleteArrayInput
            optionText={(f: RaRecord) => localized(f, 'statement', locale)}
            filterToQuery={(q: string) => ({ q })}
          />
        </ReferenceArrayInput>
      )}
      <ReferenceArrayInput
        source="guidanceIds"
        reference="guidance"
        filter={{ status: 'issued' }}
        sort={{ field: 'issueDate', order: 'DESC' }}
      >
        <AutocompleteArrayInput
          optionText={(g: RaRecord) =>
            `${translate('tracker.act.version_label', { reference: g.referenceNumber, number: g.versionNumber })} ${localized(g, 'title', locale)}`
          }
          filterToQuery={(q: string) => ({ q })}
        />
      </ReferenceArrayInput>
    </SimpleForm>
  );
};
