import { Title } from '@mantine/core';
import { useEffect } from 'react';

/** The page's one h1, also the document title (screen readers announce it on navigation). */
export function PageTitle({ children }: { children: string }) {
  useEffect(() => {
    document.title = `${children} · cybervet`;
  }, [children]);
  return (
    <Title order={1} size="h2" mb="md">
      {children}
    </Title>
  );
}
