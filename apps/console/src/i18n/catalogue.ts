/** The shapes every catalogue module (core, Do/Check, Act) builds its texts from. */
export type Texts<K extends string> = Record<K, string>;

/** A move's button, its dialog title and the help text that says what it does. */
export interface MoveTexts {
  label: string;
  title: string;
  help: string;
  done: string;
}

export interface ResourceTexts<F extends string> {
  /** "singular |||| plural" (polyglot). */
  name: string;
  fields: Texts<F>;
}
