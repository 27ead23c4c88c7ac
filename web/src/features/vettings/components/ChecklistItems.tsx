import { Accordion, Badge, Group, List, Stack, Text } from '@mantine/core';
import { formatDateTime, humanize } from '@/lib/format';
import type { SearchMethodOption } from '@/lib/policy';
import type { VettingDetail } from '../api/types';
import { LogSearchForm } from './LogSearchForm';

/** The checklist, each item with its instructions, suggested terms and its search log. */
export function ChecklistItems({
  vetting,
  methods,
  outcomes,
}: {
  vetting: VettingDetail;
  methods: SearchMethodOption[];
  outcomes: string[];
}) {
  return (
    <Accordion multiple variant="separated">
      {vetting.items.map((item) => (
        <Accordion.Item key={item.key} value={item.key}>
          <Accordion.Control>
            <Group justify="space-between" pr="md">
              <Text fw={600}>
                {item.title} ({item.platform})
              </Text>
              <Badge color={item.result ? 'green' : 'gray'} variant="light">
                {item.result ? humanize(item.result.outcome) : 'Not searched'}
              </Badge>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack>
              <div>
                <Text fw={600}>Instructions</Text>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{item.instructions}</Text>
              </div>
              {item.searchTerms.length > 0 && (
                <div>
                  <Text fw={600}>Suggested search terms</Text>
                  <List>
                    {item.searchTerms.map((t) => (
                      <List.Item key={t}>{t}</List.Item>
                    ))}
                  </List>
                </div>
              )}
              {item.result && (
                <Text size="sm">
                  Logged {formatDateTime(item.result.searchedAt)} with{' '}
                  {humanize(item.result.method)}.
                </Text>
              )}
              <LogSearchForm
                vettingId={vetting.id}
                item={item}
                methods={methods}
                outcomes={outcomes}
              />
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
