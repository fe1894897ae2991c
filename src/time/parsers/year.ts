// A year on its own: "in 2018", "fiscal 1989", "the year 2000". Four digits are a count as
// often as a year: a number after "about" or "than", or before a counted noun ("2000
// troops"), is not one; "1989 earnings" is.
import { patternParser, triggeredBy } from '../timex-parser.js';

const COUNTED_NOUNS = 'people|persons|troops|soldiers|workers|employees|jobs|men|women|children|refugees|students|members|votes|cases|deaths|dead|dollars|yuan|euros|pounds|shares|units|cars|vehicles|homes|houses|acres|miles|kilometers|kilometres|meters|metres|feet|tons|tonnes|barrels|rebels|fighters|police|officers|protesters|prisoners|residents|delegates|copies|pages|words|points|seats|flights|passengers|patients|civilians|militants|ships|aircraft|planes|tanks|missiles|rounds|calls|visitors|tourists|guests';
const COUNTED_AFTER = new RegExp(`^\\s+(?:[a-z]+\\s+)?(?:${COUNTED_NOUNS})\\b`, 'i');
const QUANTITY_BEFORE = /(?:\b(?:no|nos|number|room|flight|route|page|pp|model|version|about|nearly|almost|some|than|over|under|least|most|approximately|roughly|around|estimated|only|just|exactly|top)\.?|[#+~])\s*$/i;

export const yearParser = triggeredBy(/(?:1[5-9]|20)\d\d/u, patternParser('year', '(?:(?:fiscal|calendar|the\\s+year|FY)\\s+)?((?:1[5-9]|20)\\d\\d)(?!\\s*(?:%|percent|per\\s*cent)|\\s*[-–]\\s*\\d{3,})', (context, match) => {
  const end = match.index + match[0].length;
  if (COUNTED_AFTER.test(context.text.slice(end, end + 40)) || QUANTITY_BEFORE.test(context.text.slice(Math.max(0, match.index - 16), match.index))) return null;
  return { type: 'DATE', value: match[1] };
}, { starts: ['fiscal', 'calendar', 'the', 'fy'], digits: true }));
