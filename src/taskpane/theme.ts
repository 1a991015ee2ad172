import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The part of Office.context.officeTheme the pane follows (colours as "#RRGGBB"). */
export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}

export type PaneThemeName = 'light' | 'dark';

/** Relative luminance of "#RRGGBB" (WCAG), or null for anything else. */
function luminance(colour: string | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour ?? '');
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Dark when Office says so (isDarkTheme, newer hosts) or its pane background is dark (Office's
 * Black and Dark Gray themes, and Excel's dark mode); the colourful and white themes stay light.
 */
export function paneThemeOf(office: OfficeThemeColours | undefined): PaneThemeName {
  if (office?.isDarkTheme !== undefined) return office.isDarkTheme ? 'dark' : 'light';
  const l = luminance(office?.bodyBackgroundColor);
  return l !== null && l < 0.2 ? 'dark' : 'light';
}

export function fluentTheme(name: PaneThemeName | undefined): Theme {
  return name === 'dark' ? webDarkTheme : webLightTheme;
}

/** Office.context.officeTheme where there is one (Excel), else undefined (the preview, tests). */
export function officeThemeColours(): OfficeThemeColours | undefined {
  try {
    return (Office.context as unknown as { officeTheme?: OfficeThemeColours }).officeTheme;
  } catch {
    return undefined;
  }
}
