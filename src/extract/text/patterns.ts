import { readFileSync } from 'node:fs';

/** One line rule from data/boilerplate/text-lines.json. */
interface LineRule {
  why: string;
  maxLength: number;
  pattern: string;
}

interface LineData {
  anywhere: LineRule[];
  trailing: LineRule[];
  datelineNotPlaces: string[];
  datelineNotPlaceWords: string[];
  agencyRoleWords: string[];
  agencyNotOutlets: string[];
  publishedLabels: string[];
  modifiedLabels: string[];
  bylinePrefixes: string[];
  nameParticles: string[];
}

export interface CompiledRule {
  why: string;
  maxLength: number;
  regex: RegExp;
}

/** The line patterns and word lists the plain-text extractor uses, compiled once. */
export interface LinePatterns {
  anywhere: CompiledRule[];
  trailing: CompiledRule[];
  datelineNotPlaces: Set<string>;
  datelineNotPlaceWords: Set<string>;
  agencyRoleWords: string[];
  agencyNotOutlets: Set<string>;
  publishedLabels: string[];
  modifiedLabels: string[];
  bylinePrefixes: string[];
  nameParticles: Set<string>;
}

let cached: LinePatterns | undefined;

/**
 * Reads the pattern file on first use. Like a model, the data file is loaded once and shared; src/ and dist/
 * both sit three folders below the package root, so the same relative URL finds it in both.
 */
export function linePatterns(): LinePatterns {
  if (cached) return cached;
  const url = new URL('../../../data/boilerplate/text-lines.json', import.meta.url);
  const data = JSON.parse(readFileSync(url, 'utf8')) as LineData;
  cached = {
    anywhere: data.anywhere.map(compile),
    trailing: data.trailing.map(compile),
    datelineNotPlaces: new Set(data.datelineNotPlaces.map((w) => w.toUpperCase())),
    datelineNotPlaceWords: new Set(data.datelineNotPlaceWords.map((w) => w.toUpperCase())),
    agencyRoleWords: [...data.agencyRoleWords].sort((a, b) => b.length - a.length),
    agencyNotOutlets: new Set(data.agencyNotOutlets.map((w) => w.toLowerCase())),
    publishedLabels: data.publishedLabels,
    modifiedLabels: data.modifiedLabels,
    bylinePrefixes: data.bylinePrefixes,
    nameParticles: new Set(data.nameParticles),
  };
  return cached;
}

function compile(rule: LineRule): CompiledRule {
  return { why: rule.why, maxLength: rule.maxLength, regex: new RegExp(rule.pattern, 'iu') };
}

/** The first rule a line matches, checking the length limit before the pattern. */
export function matchRule(text: string, rules: readonly CompiledRule[]): CompiledRule | undefined {
  return rules.find((rule) => text.length <= rule.maxLength && rule.regex.test(text));
}
