// Test-only: the smallest valid module, one section and one question, for the checker's tests.

/** Its article: one section of two sentences. */
export const article = `## Only part {#part}

ISIS took Mosul. Obama said "I don't rule out anything."
`;

/** Its module.yaml, with YAML added at the end of the questions (`questionExtra`) or before `source`. */
export const yaml = (questionExtra = '', top = '') => `format: 1
id: tiny
title: Tiny
summary: A tiny module.
language: en
${top}source:
  headline: Tiny
  author: Someone
  publishers: [{ name: Paper, role: original }]
  date: 2014-06-13
  kind: news
  copyright: Copyright Someone
actors:
  - id: isis
    name: ISIS
    kind: armed-group
    role: Took the city.
    sections: [part]
events:
  - id: mosul
    title: Mosul falls
    order: 1
    section: part
    actors: [isis]
    place: Mosul
    reported: fact
    evidence: ["ISIS took Mosul."]
questions:
${singleQuestion('q1', 'ISIS', 'Obama')}${questionExtra}`;

/** A one-answer question of section "part" whose right option is `key` and wrong one `other`. */
export function singleQuestion(id: string, key: string, other: string) {
	return `  - id: ${id}
    section: part
    type: single
    prompt: Who took Mosul?
    hint: Read the first sentence.
    explanation: The article says so.
    evidence: ["ISIS took Mosul."]
    actors: [isis]
    events: [mosul]
    options:
      - { id: a, text: "${key}" }
      - { id: b, text: "${other}" }
    answer: a
`;
}
