import { Alert, Anchor, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { QueryState } from '@/components/Loading';
import { PageTitle } from '@/components/PageTitle';
import { useFinding } from '@/features/findings/api/findings';
import { useScreening } from '@/features/screening/api/screening';
import { FilterReview } from '@/features/screening/components/FilterReview';
import { ScreeningStatus } from '@/features/screening/components/ScreeningStatus';

export function FilterReviewRoute() {
  const { id = '' } = useParams();
  const finding = useFinding(id);
  const screening = useScreening(id);
  if (!finding.data) return <QueryState query={finding} />;
  const f = finding.data;
  return (
    <Stack>
      <PageTitle>Filter review</PageTitle>
      <Anchor component={Link} to={`/vettings/${f.vettingId}`}>
        Back to the vetting
      </Anchor>
      <ScreeningStatus findingId={id} />
      {f.candidateResponses.length > 1 && (
        <Alert color="blue" title="Earlier candidate responses">
          The candidate responded {f.candidateResponses.length} times. The latest response is the
          one screened and shown to the panel, so it is the one reviewed here.
        </Alert>
      )}
      <QueryState query={screening} />
      {screening.data?.status === 'PENDING' && (
        <Alert color="yellow">
          The screening is still running; the review opens when it is done.
        </Alert>
      )}
      {screening.data?.status === 'DONE' && (
        <FilterReview
          key={screening.data.textVersion}
          findingId={id}
          screening={screening.data}
          texts={{
            summary: f.summary,
            excerpt: f.excerpt,
            mitigation: f.mitigation,
            candidateResponse: f.candidateResponse,
          }}
        />
      )}
    </Stack>
  );
}
