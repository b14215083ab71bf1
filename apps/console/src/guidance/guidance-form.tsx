import {
  GUIDANCE_KIND_CODES,
  MINISTRY_CODES,
  SECTOR_CODES,
  type Ministry,
} from '@tracker/contracts';
import {
  AutocompleteArrayInput,
  BooleanInput,
  DateInput,
  ReferenceArrayInput,
  SelectInput,
  SimpleForm,
  TextInput,
  maxLength,
  required,
  useGetIdentity,
  useLocaleState,
  type RaRecord,
} from 'react-admin';
import { choicesOf } from '../shared/choices';
import { localized } from '../shared/localized-text-field';

const title = [required(), maxLength(300)];
const body = [required(), maxLength(100_000)];

/** What create sends: empty optional inputs are left out (the API refuses '' for an enumeration). */
export const dropEmpty = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data).filter(([, v]) => v !== '' && v != null));

const FindingsInput = () => {
  const [locale] = useLocaleState();
  return (
    <ReferenceArrayInput
      source="findingIds"
      reference="findings"
      filter={{ status: 'accepted' }}
      sort={{ field: 'createdAt', order: 'DESC' }}
    >
      <AutocompleteArrayInput
        optionText={(f: RaRecord) => localized(f, 'statement', locale)}
        filterToQuery={(q: string) => ({ q })}
        helperText="tracker.act.findings_help"
      />
    </ReferenceArrayInput>
  );
};

const OrganisationsInput = () => {
  const [locale] = useLocaleState();
  return (
    <ReferenceArrayInput
      source="addresseeOrganisationIds"
      reference="organisations"
      sort={{ field: 'nameJa', order: 'ASC' }}
    >
      <AutocompleteArrayInput
        optionText={(o: RaRecord) => localized(o, 'name', locale)}
        filterToQuery={(q: string) => ({ q })}
      />
    </ReferenceArrayInput>
  );
};

/**
 * The text of a guidance version and what it rests on, in both languages (create, and edit of
 * a draft: an issued text never changes).
 */
export const GuidanceForm = () => {
  const { identity } = useGetIdentity();
  const defaults = {
    kind: 'guidance',
    issuingAuthority: identity?.ministry as Ministry | undefined,
    legalBasis: 'AI推進法第16条 / Article 16 of the AI Promotion Act',
    public: false,
  };
  return (
    <SimpleForm sx={{ maxWidth: 960 }} defaultValues={defaults}>
      <SelectInput
        source="kind"
        choices={choicesOf('tracker.guidance_kind', GUIDANCE_KIND_CODES)}
        validate={required()}
      />
      <SelectInput
        source="issuingAuthority"
        choices={choicesOf('tracker.ministry', MINISTRY_CODES)}
        validate={required()}
      />
      <TextInput source="legalBasis" validate={[required(), maxLength(1000)]} fullWidth />
      <FindingsInput />
      <OrganisationsInput />
      <SelectInput
        source="addresseeSector"
        choices={choicesOf('tracker.sector', SECTOR_CODES)}
        helperText="tracker.act.any_addressee"
      />
      <TextInput source="titleJa" validate={title} fullWidth />
      <TextInput source="titleEn" validate={title} fullWidth />
      <TextInput source="bodyJa" validate={body} multiline minRows={8} fullWidth />
      <TextInput source="bodyEn" validate={body} multiline minRows={8} fullWidth />
      <BooleanInput source="public" />
      <DateInput source="followUpDate" />
    </SimpleForm>
  );
};
