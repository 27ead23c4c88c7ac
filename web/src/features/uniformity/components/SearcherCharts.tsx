import { BarChart } from '@mantine/charts';
import { SimpleGrid, Text, Title } from '@mantine/core';
import type { SearcherSummary } from '../api/uniformity';

function Chart({
  title,
  data,
  series,
  stacked,
}: {
  title: string;
  data: Record<string, string | number>[];
  series: { name: string; label?: string; color: string }[];
  stacked?: boolean;
}) {
  return (
    <figure style={{ margin: 0 }}>
      <Title order={3} size="h5" mb="xs" component="figcaption">
        {title}
      </Title>
      <BarChart
        h={220}
        data={data}
        dataKey="searcher"
        series={series}
        type={stacked ? 'stacked' : 'default'}
        withLegend={series.length > 1}
        tickLine="y"
      />
    </figure>
  );
}

/** Per searcher: searches and minutes per candidate, findings per candidate, validation outcomes. */
export function SearcherCharts({ searchers }: { searchers: SearcherSummary[] }) {
  if (!searchers.length) return <Text>No searcher has worked on this process yet.</Text>;
  const rows = searchers.map((s) => ({
    searcher: s.name ?? s.searcherId.slice(0, 8),
    searches: s.searchesPerCandidate,
    minutes: s.minutesPerCandidate ?? 0,
    findings: s.findingsPerCandidate,
    verified: s.validationOutcomes.VERIFIED,
    refuted: s.validationOutcomes.REFUTED,
    inconclusive: s.validationOutcomes.INCONCLUSIVE,
    unvalidated: s.validationOutcomes.UNVALIDATED,
  }));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Chart
        title="Searches per candidate"
        data={rows}
        series={[{ name: 'searches', label: 'Searches', color: 'indigo.7' }]}
      />
      <Chart
        title="Minutes per candidate (assignment to submission)"
        data={rows}
        series={[{ name: 'minutes', label: 'Minutes', color: 'teal.8' }]}
      />
      <Chart
        title="Findings per candidate"
        data={rows}
        series={[{ name: 'findings', label: 'Findings', color: 'grape.7' }]}
      />
      <Chart
        title="Validation outcomes of their findings"
        stacked
        data={rows}
        series={[
          { name: 'verified', label: 'Verified', color: 'green.8' },
          { name: 'refuted', label: 'Refuted', color: 'red.8' },
          { name: 'inconclusive', label: 'Inconclusive', color: 'yellow.8' },
          { name: 'unvalidated', label: 'Not validated', color: 'gray.6' },
        ]}
      />
    </SimpleGrid>
  );
}
