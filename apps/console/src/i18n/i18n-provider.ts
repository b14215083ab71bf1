import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { mergeTranslations, type TranslationMessages } from 'ra-core';
import { en } from './en';
import { ja } from './ja';
import { raJapanese } from './ra-japanese';

export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ja';

/** react-admin's messages with ours on top, per language. */
export const CATALOGUES: Record<Locale, TranslationMessages> = {
  ja: mergeTranslations(raJapanese, ja),
  en: mergeTranslations(englishMessages, en),
};

/**
 * Japanese first, English by the switch in the app bar (react-admin remembers the choice).
 * A missing key shows the key itself, which the completeness test never lets ship.
 */
export const i18nProvider = polyglotI18nProvider(
  (locale) =>
    CATALOGUES[
      (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : DEFAULT_LOCALE
    ],
  DEFAULT_LOCALE,
  [
    { locale: 'ja', name: '日本語' },
    { locale: 'en', name: 'English' },
  ],
  { allowMissing: true },
);
