import { useId, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  COLOR_PRESETS,
  CUSTOM_COLOR_NAMES,
  customContrasts,
  ENHANCED_RATIO,
  MINIMUM_RATIO,
  type ColorPreset,
  type CustomColors,
  type PairContrast,
} from '../../../common/colors';
import type { Language } from '../../../common/languages';
import { formatDecimal } from '../../../common/format';
import { useAnnounce } from '../shared/Announcer';
import { usePreferences } from '../preferences/PreferencesProvider';

/** A ratio as WCAG shows it: two decimals, never rounded up (4.499 is 4.49, under 4.5). */
function ratioText(ratio: number, t: TFunction, language: Language): string {
  return t('colors.ratio', { ratio: formatDecimal(Math.floor(ratio * 100) / 100, language) });
}

function minimumText(pair: PairContrast, t: TFunction, language: Language): string {
  return t('colors.ratio', { ratio: formatDecimal(MINIMUM_RATIO[pair.kind], language) });
}

const forcedColors = () => matchMedia('(forced-colors: active)');
function subscribeToForcedColors(onChange: () => void): () => void {
  const query = forcedColors();
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/**
 * The "Custom" theme's colours: a native colour input for each, tested presets, and each pair's contrast read
 * out as it changes. Colours with any pair under its minimum are refused, saying which pair and by how much; the
 * schema refuses them too (common/preferences.ts), so nothing else can save them either.
 */
export function CustomColorsEditor() {
  const { t } = useTranslation();
  const { reading, language, setPreference } = usePreferences();
  const announce = useAnnounce();
  const [draft, setDraft] = useState<CustomColors>(reading.customColors);
  const [refusal, setRefusal] = useState<string>();
  const forced = useSyncExternalStore(subscribeToForcedColors, () => forcedColors().matches);
  const id = useId();
  const contrasts = customContrasts(draft);

  const apply = (colors: CustomColors) => {
    const failing = customContrasts(colors).filter((pair) => pair.level === 'fail');
    if (failing.length > 0) {
      const pairs = failing
        .map((pair) =>
          t('colors.refusedPair', {
            pair: t(`colors.pairs.${pair.pair}`),
            ratio: ratioText(pair.ratio, t, language),
            minimum: minimumText(pair, t, language),
          }),
        )
        .join('; ');
      const message = t('colors.refused', { pairs });
      setRefusal(message);
      announce(message);
      return;
    }
    setRefusal(undefined);
    setPreference('customColors', colors);
    announce(t('colors.applied'));
  };

  const choosePreset = (preset: ColorPreset) => {
    setDraft(COLOR_PRESETS[preset]);
    apply(COLOR_PRESETS[preset]);
  };

  return (
    <fieldset className="choice-group custom-colors">
      <legend>{t('colors.legend')}</legend>
      {forced && <p className="note">{t('colors.forcedColors')}</p>}
      <div className="color-presets" role="group" aria-labelledby={`${id}-presets`}>
        <span id={`${id}-presets`}>{t('colors.presets.label')}</span>
        {(Object.keys(COLOR_PRESETS) as ColorPreset[]).map((preset) => (
          <button key={preset} type="button" onClick={() => choosePreset(preset)}>
            {t(`colors.presets.${preset}`)}
          </button>
        ))}
      </div>
      <div className="color-inputs">
        {CUSTOM_COLOR_NAMES.map((name) => (
          <div className="color-input" key={name}>
            <label htmlFor={`${id}-${name}`}>{t(`colors.names.${name}`)}</label>
            <input
              type="color"
              id={`${id}-${name}`}
              value={draft[name]}
              onChange={(event) => setDraft((current) => ({ ...current, [name]: event.target.value }))}
            />
            <output htmlFor={`${id}-${name}`}>{draft[name]}</output>
          </div>
        ))}
      </div>
      <h3 className="contrast-heading" id={`${id}-readout`}>
        {t('colors.readout')}
      </h3>
      <ul className="contrast-readout" aria-labelledby={`${id}-readout`}>
        {contrasts.map((pair) => (
          <li key={pair.pair} data-level={pair.level}>
            {t('colors.pairLine', {
              pair: t(`colors.pairs.${pair.pair}`),
              ratio: ratioText(pair.ratio, t, language),
              level: t(`colors.levels.${pair.level}`),
              needs: t(`colors.needs.${pair.kind}`, {
                minimum: formatDecimal(MINIMUM_RATIO[pair.kind], language),
                aim: formatDecimal(ENHANCED_RATIO, language),
              }),
            })}
          </li>
        ))}
      </ul>
      {refusal && (
        <p className="note" id={`${id}-refusal`}>
          {refusal}
        </p>
      )}
      <button type="button" onClick={() => apply(draft)} aria-describedby={refusal ? `${id}-refusal` : undefined}>
        {t('colors.apply')}
      </button>
    </fieldset>
  );
}
