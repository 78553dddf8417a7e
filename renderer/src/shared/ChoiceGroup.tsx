import { useId } from 'react';

/** A question with one answer: native radio buttons in a fieldset, so every screen reader knows the pattern. */
export function ChoiceGroup<T extends string | number | boolean>({
  legend,
  name,
  options,
  value,
  describe,
  onChange,
  hint,
}: {
  legend: string;
  /** How to use the choice, read after the legend. */
  hint?: string | undefined;
  name: string;
  options: readonly T[];
  value: T;
  describe: (option: T) => string;
  onChange: (option: T) => void;
}) {
  const id = useId();
  return (
    <fieldset className="choice-group" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p className="choice-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {options.map((option) => (
        <div className="choice" key={String(option)}>
          <input
            type="radio"
            id={`${id}-${String(option)}`}
            name={name}
            checked={option === value}
            onChange={() => onChange(option)}
          />
          <label htmlFor={`${id}-${String(option)}`}>{describe(option)}</label>
        </div>
      ))}
    </fieldset>
  );
}
