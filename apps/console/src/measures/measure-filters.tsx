import {
  MEASURE_CATEGORY_CODES,
  MEASURE_STATUSES,
  MINISTRY_CODES,
  RAG_RATINGS,
} from '@tracker/contracts';
import {
  NullableBooleanInput,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
} from 'react-admin';
import { PlanVersionLabel } from '../plan-versions/plan-version-label';
import { choicesOf } from '../shared/choices';

/** Every filter maps one to one onto the API's (libs/pdca do.lists.ts measureList). */
export const measureFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput
    key="status"
    source="status"
    choices={choicesOf('tracker.status.measure', MEASURE_STATUSES)}
    alwaysOn
  />,
  <SelectInput
    key="leadMinistry"
    source="leadMinistry"
    choices={choicesOf('tracker.ministry', MINISTRY_CODES)}
    alwaysOn
  />,
  <SelectInput key="rating" source="rating" choices={choicesOf('tracker.rating', RAG_RATINGS)} />,
  <NullableBooleanInput key="late" source="late" />,
  <ReferenceInput
    key="planVersionId"
    source="planVersionId"
    reference="plan-versions"
    sort={{ field: 'number', order: 'DESC' }}
  >
    <SelectInput
      optionText={<PlanVersionLabel />}
      label="resources.measures.fields.planVersionId"
    />
  </ReferenceInput>,
  <SelectInput
    key="category"
    source="category"
    choices={choicesOf('tracker.measure_category', MEASURE_CATEGORY_CODES)}
  />,
];
