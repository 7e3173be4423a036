/**
 * The text of a new account plan: every section present, empty where the
 * account manager must fill it in, with one line of guidance per section and
 * commented examples. It passes `npm run check` as created.
 */
export interface TemplateInput {
	name: string;
	tier: string;
	owner: string;
	/** Date the plan is created, YYYY-MM-DD; becomes the first `reviewed` date. */
	today: string;
	tiers: string[];
	currency: string;
	/** Offering ids from settings.yaml, the columns of the whitespace map. */
	offerings: string[];
}

/** Quotes a value for YAML; JSON strings are valid YAML double-quoted scalars. */
const q = (value: string) => JSON.stringify(value);

/** A name on one line: line breaks and other white space runs become one space. */
export const oneLine = (value: string) => value.replace(/\s+/gu, ' ').trim();

/** Text as literal Markdown/MDX: every ASCII punctuation character backslash-escaped, so none can start markup. */
export const literalMarkdown = (value: string) => value.replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);

/** Renders `content/accounts/<slug>/plan.mdx` for a new account. */
export function planTemplate(input: TemplateInput): string {
	const year = input.today.slice(0, 4);
	const name = oneLine(input.name);
	return `---
# Account plan for ${name}. Field reference: the site's Guide page (/guide/).
# Run \`npm run check\` after every edit; it names the file and field of any mistake.

# 1. The customer's business
name: ${q(name)}
tier: ${input.tier}              # one of: ${input.tiers.join(', ')}
owner: ${input.owner}            # the key account manager (a file in content/people/)
team: []                         # others on our side: - { person: <id>, role: executive sponsor }
# industry: Logistics
# region: DACH
# website: https://www.example.com
reviewed: ${input.today}         # update whenever you review the whole plan
period: { start: ${year}-01-01, end: ${year}-12-31 }
business:
  # summary: Two or three sentences a newcomer needs to get the feel of the business.
  # headquarters: Hamburg, Germany
  offices: []                    # - { city: Leipzig, country: Germany, role: fulfilment }
  businessUnits: []
  # employees: 1200

# 2. How the customer sees itself
selfImage:
  # strategy: Their strategy, in their words.
  priorities: []
  initiatives: []                # - { id: expansion, title: New plant in Poland, due: 2027-H2 }
  successMeasures: []

# 3. Financial data (amounts in ${input.currency}, plain numbers)
financials:
  # currency: GBP                # only if not ${input.currency}; needs an exchange rate in settings.yaml
  revenue: {}                    # ${year}: 1200000   (our revenue with them, to date for this year)
  walletSize: {}                 # ${year}: 4000000   (their total spend in our categories; internal)
  commitment: []                 # one per fiscal year: - { year: ${year}, amount: 1500000, agreed: ${input.today}, agreedBy: <contact id> }
  target: []                     # one per fiscal year: - { year: ${year}, amount: 1800000 }  (internal)

# 4. Who's who: decision makers, influencers, users, gatekeepers across departments
contacts: []
#  - id: anna-cfo
#    name: Anna Example
#    title: Chief Financial Officer
#    department: Finance
#    role: decision-maker          # decision-maker, influencer, user, gatekeeper, sponsor, evaluator, other; unknown until you know
#    influence: high               # very-low, low, medium, high, very-high
#    stance: neutral               # champion, supporter, neutral, sceptic, blocker (internal); left out = unknown, "not assessed"
#    reportsTo: <contact id>
#    relationshipOwner: ${input.owner}

# 5. The relationship
relationship:
  strengths: []
  weaknesses: []                 # internal only
  competitors: []                # - { name: Rival Ltd, position: incumbent for X, threat: high }
  # sentiment: neutral           # very-positive … very-negative (internal)

# 6. Key objectives
objectives: []
#  - { id: grow-share, title: Lift share of wallet to 30%, strategy: ..., measure: Share of wallet, target: 30%, due: ${year}-12-31 }
#    shared: true marks an objective agreed with the customer: only shared ones reach the customer one-pager

# 7. Action plan: who does what by when
actions: []
#  - { title: Book the first QBR, owner: ${input.owner}, due: ${input.today}, status: open, objective: grow-share }
#    mutual: true puts an action on the mutual action plan agreed with the customer (owner: one of ours or a contact id)

# Proactive account management
cadence: []                      # agreed meetings: - { id: qbr, name: Quarterly business review, frequency: quarterly, dates: [${input.today}], participants: [${input.owner}], accepted: false }
opportunities: []                # - { title: ..., value: 250000, stage: idea, expectedClose: ${year}-12-31, unit: <unit>, offering: <offering id> }
whitespace:                      # the customer's units × our offerings (${input.offerings.length ? input.offerings.join(', ') : 'none defined in settings.yaml yet'}); internal
  units: []                      # units beyond business.businessUnits, or with a size: - { name: Group procurement, size: large }
  cells: []                      # - { unit: <unit>, offering: <offering id>, status: potential, value: 250000, note: ... }  (ours, potential, competitor, none, unknown)
feedback: []                     # one per fiscal year: - { year: ${year}, collected: ${input.today}, from: [], start: [], stop: [], keep: [], measuredBy: [] }
scorecard:
  measures: []                   # - { id: uptime, name: Line uptime, target: "99%", weight: 2 }
  reviews: []                    # - { period: ${year}-Q4, scores: { uptime: 8 } }
risks: []                        # - { title: ..., likelihood: medium, impact: high, signal: ..., mitigation: ..., owner: ${input.owner} }
# contract: { start: ${year}-01-01, end: ${Number(year) + 3}-12-31, noticeMonths: 6 }
---

## Executive summary

Where is ${literalMarkdown(name)} heading, and what do we want from the relationship in the
next twelve months? Three or four sentences a sales director can read in passing.

## Situation

What is happening at the customer and in our relationship right now.

## Strategy

How we will reach the objectives above, and what we need from our own organisation.
`;
}
