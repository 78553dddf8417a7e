/** Every English string of the reader's own screens; the accessibility report brings its own (audit/strings.ts). */
import colors from './colors.json';
import find from './find.json';
import kiosk from './kiosk.json';
import language from './language.json';
import links from './links.json';
import marksTools from './marks-tools.json';
import place from './place.json';
import reader from './reader.json';
import shortcuts from './shortcuts.json';
import speech from './speech.json';

export default { ...reader, language, shortcuts, links, kiosk, speech, place, find, colors, marksTools };
