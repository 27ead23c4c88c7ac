import { Select } from '@mantine/core';
import { useProcessCandidates } from '../api/records';

/** An optional candidate of the chosen process: empty means the whole process. */
export function CandidateSelect({
  processId,
  value,
  onChange,
}: {
  processId: string;
  value: string;
  onChange: (candidateId: string) => void;
}) {
  const candidates = useProcessCandidates(processId);
  return (
    <Select
      label="Only one candidate (optional)"
      placeholder="The whole process"
      clearable
      disabled={!processId}
      data={(candidates.data ?? []).map((c) => ({ value: c.id, label: c.fullName }))}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
    />
  );
}
