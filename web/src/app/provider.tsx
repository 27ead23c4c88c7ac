import {
  Badge,
  createTheme,
  darken,
  defaultVariantColorsResolver,
  MantineProvider,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';
import { MutationCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ApiError } from '@/lib/api/client';

/** Light variants (badges, alerts) write their text in the darkest shade: 4.5:1 contrast (WCAG AA). */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return colors;
  const parsed = parseThemeColor({
    color: input.color || input.theme.primaryColor,
    theme: input.theme,
  });
  return parsed.isThemeColor
    ? { ...colors, color: darken(input.theme.colors[parsed.color][9], 0.3) }
    : colors;
};

const theme = createTheme({
  primaryColor: 'indigo',
  // Darker shades than the defaults so text on filled buttons keeps a 4.5:1 contrast (WCAG AA).
  primaryShade: { light: 8, dark: 6 },
  variantColorResolver,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  components: { Badge: Badge.extend({ defaultProps: { variant: 'light' } }) },
});

/** Descriptions and other dimmed text dark enough to read (the default gray fails AA). */
const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#495057', '--mantine-color-placeholder': '#6c757d' },
  dark: {},
});

export function AppProvider({ children }: { children: ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: {
            // A refusal is an answer, not a hiccup: never retry 4xx.
            retry: (count, error) =>
              !(error instanceof ApiError && error.status < 500) && count < 2,
            refetchOnWindowFocus: false,
          },
        },
        mutationCache: new MutationCache(),
      }),
  );
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
