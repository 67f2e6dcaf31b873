/**
 * The demo dataset: the facts of the article Rumor Ledger was born from
 * (a news report of 5 June 2025 on Ana de Armas and Tom Cruise), recorded as
 * structured claims in our own words, plus four small fictional pairs (with
 * settled claims) so lists, trending and track records have more than one row. Dates are only as precise as the
 * sources make them; nothing is invented.
 */
import type { ClaimKind, ConfidenceLevel, DatePrecision, OutletGrade, PairStatus, Stance, ClaimStatus } from "../enums";

export interface DemoPerson {
  slug: string;
  name: string;
  aliases?: string[];
  description?: string;
}

export interface DemoOutlet {
  slug: string;
  name: string;
  url?: string;
  grade: OutletGrade;
}

export interface DemoCitation {
  outlet: string;
  url?: string;
  title?: string;
  publishedOn?: string;
  quote?: string;
}

/** How a demo claim turned out, once the record answered it. */
export interface DemoSettlement {
  outcome: "borne-out" | "shown-false";
  settledOn: string;
  reason: string;
  citations: DemoCitation[];
}

export interface DemoClaim {
  kind: ClaimKind;
  headline: string;
  details?: string;
  quote?: string;
  speaker?: string;
  occurredOn: string;
  precision: DatePrecision;
  reportedOn?: string;
  place?: string;
  stance: Stance;
  confidence: ConfidenceLevel;
  status?: Exclude<ClaimStatus, "draft">;
  correction?: string;
  /** When a retracted demo claim was retracted (YYYY-MM-DD). */
  retractedOn?: string;
  mentions?: string[];
  citations: DemoCitation[];
  settlement?: DemoSettlement;
}

export interface DemoPair {
  people: [string, string];
  status: PairStatus;
  claims: DemoClaim[];
}

const ARTICLE = {
  outlet: "celebrity-news-report",
  title: "Ana de Armas opens up about her friendship with Tom Cruise",
  publishedOn: "2025-06-05",
};

export const demoPeople: DemoPerson[] = [
  {
    slug: "ana-de-armas",
    name: "Ana de Armas",
    aliases: ["Ana Celia de Armas Caso"],
    description: "Cuban-Spanish actress; stars in Ballerina (2025).",
  },
  {
    slug: "tom-cruise",
    name: "Tom Cruise",
    aliases: ["Thomas Cruise Mapother IV"],
    description: "American actor and producer known for doing his own stunts.",
  },
  { slug: "david-beckham", name: "David Beckham", description: "Former England football captain; turned 50 in May 2025." },
  { slug: "mara-vance", name: "Mara Vance", aliases: ["M. Vance"], description: "Fictional pop singer (demo data)." },
  { slug: "theo-lindqvist", name: "Theo Lindqvist", description: "Fictional Swedish actor (demo data)." },
  { slug: "juno-park", name: "Juno Park", description: "Fictional film director (demo data)." },
  { slug: "iris-calloway", name: "Iris Calloway", description: "Fictional singer-songwriter (demo data)." },
  { slug: "dev-marlow", name: "Dev Marlow", description: "Fictional actor (demo data)." },
];

export const demoOutlets: DemoOutlet[] = [
  { slug: "variety", name: "Variety", url: "https://variety.com", grade: "A" },
  { slug: "deadline", name: "Deadline", url: "https://deadline.com", grade: "A" },
  { slug: "entertainment-tonight", name: "Entertainment Tonight", url: "https://www.etonline.com", grade: "B" },
  { slug: "associated-press", name: "Associated Press", url: "https://apnews.com", grade: "A" },
  { slug: "usa-today", name: "USA Today", url: "https://www.usatoday.com", grade: "B" },
  { slug: "the-graham-norton-show", name: "The Graham Norton Show", grade: "B" },
  { slug: "celebrity-news-report", name: "Celebrity news report (5 June 2025)", grade: "C" },
  { slug: "daily-glimmer", name: "Daily Glimmer (fictional tabloid)", grade: "D" },
  { slug: "starwatch-social", name: "StarWatch social account (fictional)", grade: "E" },
];

export const demoPairs: DemoPair[] = [
  {
    people: ["ana-de-armas", "tom-cruise"],
    status: "rumored",
    claims: [
      {
        kind: "statement",
        headline: "Ana calls Tom's stunt work “mind-blowing” and says it inspired her own",
        details: "Years before the rumors, Ana told USA Today that doing her own stunts was demanding but rewarding.",
        quote: "I totally get why he does it. It's demanding and painful … but it's also very rewarding.",
        speaker: "ana-de-armas",
        occurredOn: "2023",
        precision: "year",
        reportedOn: "2023",
        stance: "neutral",
        confidence: "confirmed",
        citations: [{ outlet: "usa-today", title: "Ana de Armas on doing her own stunts", publishedOn: "2023", quote: "mind-blowing" }],
      },
      {
        kind: "sighting",
        headline: "Seen walking the streets of London together",
        details: "The pair were photographed strolling through London while training for their film.",
        occurredOn: "2025-02",
        precision: "circa",
        reportedOn: "2025-06-05",
        place: "London",
        stance: "supports",
        confidence: "likely",
        citations: [{ ...ARTICLE, quote: "were spotted in London walking the streets and dining out" }],
      },
      {
        kind: "sighting",
        headline: "Dined out together in London",
        occurredOn: "2025-02",
        precision: "circa",
        reportedOn: "2025-06-05",
        place: "London",
        stance: "supports",
        confidence: "likely",
        citations: [{ ...ARTICLE }],
      },
      {
        kind: "appearance",
        headline: "Attended David Beckham's 50th birthday party together",
        details: "Both were guests at the celebration of Beckham's 50th birthday, which fuelled talk of a romance.",
        occurredOn: "2025-05",
        precision: "month",
        reportedOn: "2025-06-05",
        place: "London",
        stance: "supports",
        confidence: "likely",
        mentions: ["david-beckham"],
        citations: [{ ...ARTICLE, quote: "They even attended David Beckham's 50th birthday bash together" }],
      },
      {
        kind: "statement",
        headline: "Tom praises Ana to the AP: “very, very talented … It's gonna crush”",
        details: "At the premiere of Mission: Impossible – The Final Reckoning, Tom raved about Ballerina.",
        quote: "[Ana] is very, very talented. It's gonna crush.",
        speaker: "tom-cruise",
        occurredOn: "2025-05",
        precision: "circa",
        reportedOn: "2025-06-05",
        stance: "neutral",
        confidence: "confirmed",
        citations: [
          { outlet: "associated-press", title: "Tom Cruise on Ballerina at the Final Reckoning premiere", quote: "It's gonna crush." },
        ],
      },
      {
        kind: "professional",
        headline: "Working together on the film Deeper",
        details: "The two have been training together for their upcoming film Deeper.",
        quote: "We're working together, so he got to see Ballerina and he actually really liked it.",
        speaker: "ana-de-armas",
        occurredOn: "2025",
        precision: "year",
        reportedOn: "2025-06-05",
        stance: "neutral",
        confidence: "confirmed",
        citations: [
          {
            outlet: "variety",
            title: "Ana de Armas at the Ballerina premiere",
            publishedOn: "2025-06-05",
            quote: "We're working together",
          },
        ],
      },
      {
        kind: "statement",
        headline: "Ana calls Tom's support “unbelievable” at the Ballerina premiere",
        quote: "It is very special that someone like him is supporting [Ballerina].",
        speaker: "ana-de-armas",
        occurredOn: "2025-06",
        precision: "circa",
        reportedOn: "2025-06-05",
        stance: "neutral",
        confidence: "confirmed",
        citations: [
          { outlet: "variety", title: "Ana de Armas at the Ballerina premiere", publishedOn: "2025-06-05", quote: "unbelievable" },
        ],
      },
      {
        kind: "statement",
        headline: "“Training, just training”: Ana on preparing for Deeper",
        quote: "Training, just training, getting ready for what's going to come.",
        speaker: "ana-de-armas",
        occurredOn: "2025-06",
        precision: "circa",
        reportedOn: "2025-06-05",
        stance: "neutral",
        confidence: "confirmed",
        citations: [{ outlet: "deadline", title: "Ana de Armas on Deeper", quote: "Training, just training" }],
      },
      {
        kind: "statement",
        headline: "Ana on Deeper: “really an adventure so far”",
        quote: "I can't really say much about it but it's been really an adventure so far.",
        speaker: "ana-de-armas",
        occurredOn: "2025-06",
        precision: "circa",
        reportedOn: "2025-06-05",
        stance: "neutral",
        confidence: "confirmed",
        citations: [{ outlet: "entertainment-tonight", title: "Ana de Armas teases Deeper", quote: "Can't wait for people to know." }],
      },
      {
        kind: "speculation",
        headline: "Their outings fuel speculation of a romance",
        details:
          "The London sightings and the Beckham party led to speculation that the two were romantically involved; neither has said so.",
        occurredOn: "2025-06-05",
        precision: "day",
        reportedOn: "2025-06-05",
        stance: "supports",
        confidence: "speculative",
        citations: [{ ...ARTICLE, quote: "fueling speculation that they were romantically involved" }],
      },
      {
        kind: "statement",
        headline: "Tom explains why he does his own stunts on The Graham Norton Show",
        quote: "I've trained for 30 years doing things like this.",
        speaker: "tom-cruise",
        occurredOn: "2025",
        precision: "circa",
        stance: "neutral",
        confidence: "confirmed",
        citations: [{ outlet: "the-graham-norton-show", title: "Tom Cruise on The Graham Norton Show" }],
      },
    ],
  },
  {
    people: ["mara-vance", "theo-lindqvist"],
    status: "rumored",
    claims: [
      {
        kind: "sighting",
        headline: "Spotted leaving a Stockholm restaurant together",
        occurredOn: "2026-10-03",
        precision: "day",
        reportedOn: "2026-10-04",
        place: "Stockholm",
        stance: "supports",
        confidence: "plausible",
        citations: [{ outlet: "daily-glimmer", title: "Mara and Theo's Stockholm date night", publishedOn: "2026-10-04" }],
      },
      {
        kind: "report",
        headline: "Tabloid claims the two are engaged",
        occurredOn: "2026-10",
        precision: "month",
        stance: "supports",
        confidence: "debunked",
        status: "retracted",
        correction: "The engagement report relied on a doctored photo; both publicists denied it on record.",
        retractedOn: "2026-10-23",
        citations: [{ outlet: "starwatch-social", title: "Engaged?!", publishedOn: "2026-10-20" }],
        settlement: {
          outcome: "shown-false",
          settledOn: "2026-10-22",
          reason: "Both publicists denied it on record; the ring photo was doctored.",
          citations: [{ outlet: "variety", title: "Mara Vance's rep addresses Theo Lindqvist rumors", publishedOn: "2026-10-22" }],
        },
      },
      {
        kind: "denial",
        headline: "Mara's publicist: “They are good friends, nothing more”",
        quote: "They are good friends, nothing more.",
        occurredOn: "2026-10-22",
        precision: "day",
        stance: "contradicts",
        confidence: "confirmed",
        citations: [{ outlet: "variety", title: "Mara Vance's rep addresses Theo Lindqvist rumors", publishedOn: "2026-10-22" }],
      },
      {
        kind: "appearance",
        headline: "Arrived together at a film-festival after-party",
        occurredOn: "2026-11-14",
        precision: "day",
        place: "Lisbon",
        stance: "supports",
        confidence: "likely",
        citations: [
          { outlet: "entertainment-tonight", title: "Mara Vance and Theo Lindqvist arrive together in Lisbon", publishedOn: "2026-11-15" },
          { outlet: "daily-glimmer", title: "Friends? Mara and Theo cosy up in Lisbon", publishedOn: "2026-11-15" },
        ],
        settlement: {
          outcome: "borne-out",
          settledOn: "2026-11-15",
          reason: "Agency photographs show them arriving together; the claim is the arrival, not a romance.",
          citations: [{ outlet: "associated-press", title: "Festival after-party arrivals (photo gallery)", publishedOn: "2026-11-15" }],
        },
      },
    ],
  },
  {
    people: ["juno-park", "theo-lindqvist"],
    status: "professional",
    claims: [
      {
        kind: "professional",
        headline: "Cast in Juno Park's next feature",
        occurredOn: "2026-09",
        precision: "month",
        stance: "neutral",
        confidence: "confirmed",
        citations: [{ outlet: "deadline", title: "Theo Lindqvist joins Juno Park's new film", publishedOn: "2026-09-12" }],
        settlement: {
          outcome: "borne-out",
          settledOn: "2026-09-12",
          reason: "The studio announced the casting.",
          citations: [{ outlet: "deadline", title: "Theo Lindqvist joins Juno Park's new film", publishedOn: "2026-09-12" }],
        },
      },
      {
        kind: "speculation",
        headline: "Fan accounts read a shared holiday photo as a romance",
        occurredOn: "2026-11",
        precision: "month",
        stance: "supports",
        confidence: "doubtful",
        citations: [{ outlet: "starwatch-social", title: "Juno and Theo on the same beach?" }],
        settlement: {
          outcome: "shown-false",
          settledOn: "2026-11-20",
          reason: "The production confirmed a location shoot on that beach; both were working.",
          citations: [{ outlet: "deadline", title: "Juno Park's new film wraps its beach shoot", publishedOn: "2026-11-20" }],
        },
      },
    ],
  },
  {
    people: ["juno-park", "mara-vance"],
    status: "confirmed",
    claims: [
      {
        kind: "speculation",
        headline: "Fans read matching rings as a secret romance",
        occurredOn: "2026-05",
        precision: "month",
        stance: "supports",
        confidence: "speculative",
        citations: [{ outlet: "starwatch-social", title: "Juno and Mara: matching rings?", publishedOn: "2026-05-20" }],
        settlement: {
          outcome: "borne-out",
          settledOn: "2026-08-02",
          reason: "Mara confirmed the relationship on record.",
          citations: [{ outlet: "variety", title: "Mara Vance on love, Seoul and Juno Park", publishedOn: "2026-08-02" }],
        },
      },
      {
        kind: "sighting",
        headline: "Seen holding hands at a Seoul night market",
        occurredOn: "2026-06-14",
        precision: "day",
        reportedOn: "2026-06-15",
        place: "Seoul",
        stance: "supports",
        confidence: "plausible",
        citations: [{ outlet: "daily-glimmer", title: "Juno and Mara's Seoul stroll", publishedOn: "2026-06-15" }],
        settlement: {
          outcome: "borne-out",
          settledOn: "2026-08-02",
          reason: "Mara confirmed the Seoul trip and the relationship.",
          citations: [{ outlet: "variety", title: "Mara Vance on love, Seoul and Juno Park", publishedOn: "2026-08-02" }],
        },
      },
      {
        kind: "report",
        headline: "Insiders say they have been dating since the spring",
        occurredOn: "2026-07-01",
        precision: "day",
        stance: "supports",
        confidence: "likely",
        citations: [
          { outlet: "entertainment-tonight", title: "Juno Park and Mara Vance are dating, sources say", publishedOn: "2026-07-01" },
        ],
        settlement: {
          outcome: "borne-out",
          settledOn: "2026-08-02",
          reason: "Confirmed on record by Mara.",
          citations: [{ outlet: "variety", title: "Mara Vance on love, Seoul and Juno Park", publishedOn: "2026-08-02" }],
        },
      },
      {
        kind: "report",
        headline: "A source close to Juno calls them “just collaborators”",
        occurredOn: "2026-07-10",
        precision: "day",
        stance: "contradicts",
        confidence: "speculative",
        citations: [{ outlet: "daily-glimmer", title: "Juno and Mara 'just collaborators'", publishedOn: "2026-07-10" }],
        settlement: {
          outcome: "shown-false",
          settledOn: "2026-08-02",
          reason: "Mara confirmed they are a couple.",
          citations: [{ outlet: "variety", title: "Mara Vance on love, Seoul and Juno Park", publishedOn: "2026-08-02" }],
        },
      },
      {
        kind: "confirmation",
        headline: "Mara confirms she and Juno are together",
        quote: "Yes, we're together, and we're very happy.",
        speaker: "mara-vance",
        occurredOn: "2026-08-02",
        precision: "day",
        stance: "supports",
        confidence: "confirmed",
        citations: [{ outlet: "variety", title: "Mara Vance on love, Seoul and Juno Park", publishedOn: "2026-08-02" }],
        settlement: {
          outcome: "borne-out",
          settledOn: "2026-08-02",
          reason: "On the record, in her own words.",
          citations: [{ outlet: "variety", title: "Mara Vance on love, Seoul and Juno Park", publishedOn: "2026-08-02" }],
        },
      },
    ],
  },
  {
    people: ["iris-calloway", "dev-marlow"],
    status: "split",
    claims: [
      {
        kind: "report",
        headline: "Dating after meeting on the set of a music video",
        occurredOn: "2025-03",
        precision: "month",
        reportedOn: "2025-03-12",
        stance: "supports",
        confidence: "likely",
        citations: [{ outlet: "entertainment-tonight", title: "Iris Calloway and Dev Marlow are dating", publishedOn: "2025-03-12" }],
        settlement: {
          outcome: "borne-out",
          settledOn: "2025-04-18",
          reason: "Dev confirmed the relationship on record.",
          citations: [{ outlet: "associated-press", title: "Dev Marlow confirms romance with Iris Calloway", publishedOn: "2025-04-18" }],
        },
      },
      {
        kind: "confirmation",
        headline: "Dev confirms they are together",
        quote: "She's my favourite person.",
        speaker: "dev-marlow",
        occurredOn: "2025-04-18",
        precision: "day",
        stance: "supports",
        confidence: "confirmed",
        citations: [{ outlet: "associated-press", title: "Dev Marlow confirms romance with Iris Calloway", publishedOn: "2025-04-18" }],
        settlement: {
          outcome: "borne-out",
          settledOn: "2025-04-18",
          reason: "On the record, in his own words.",
          citations: [{ outlet: "associated-press", title: "Dev Marlow confirms romance with Iris Calloway", publishedOn: "2025-04-18" }],
        },
      },
      {
        kind: "speculation",
        headline: "Tabloid hears wedding bells",
        occurredOn: "2025-11",
        precision: "month",
        reportedOn: "2025-11-03",
        stance: "supports",
        confidence: "speculative",
        citations: [{ outlet: "daily-glimmer", title: "Iris and Dev: wedding bells?", publishedOn: "2025-11-03" }],
        settlement: {
          outcome: "shown-false",
          settledOn: "2026-02-10",
          reason: "They announced their split instead.",
          citations: [{ outlet: "variety", title: "Iris Calloway and Dev Marlow split", publishedOn: "2026-02-10" }],
        },
      },
      {
        kind: "sighting",
        headline: "Seen arguing outside a London restaurant",
        occurredOn: "2026-01-20",
        precision: "day",
        reportedOn: "2026-01-21",
        place: "London",
        stance: "contradicts",
        confidence: "plausible",
        citations: [{ outlet: "daily-glimmer", title: "Trouble in paradise for Iris and Dev?", publishedOn: "2026-01-21" }],
        settlement: {
          outcome: "borne-out",
          settledOn: "2026-02-10",
          reason: "Iris's rep later said the two had been struggling for months.",
          citations: [{ outlet: "variety", title: "Iris Calloway and Dev Marlow split", publishedOn: "2026-02-10" }],
        },
      },
      {
        kind: "statement",
        headline: "Iris's rep confirms the split",
        quote: "Iris and Dev have decided to go their separate ways.",
        occurredOn: "2026-02-10",
        precision: "day",
        stance: "contradicts",
        confidence: "confirmed",
        citations: [{ outlet: "variety", title: "Iris Calloway and Dev Marlow split", publishedOn: "2026-02-10" }],
        settlement: {
          outcome: "borne-out",
          settledOn: "2026-02-10",
          reason: "On the record from her representative.",
          citations: [{ outlet: "variety", title: "Iris Calloway and Dev Marlow split", publishedOn: "2026-02-10" }],
        },
      },
      {
        kind: "speculation",
        headline: "A joint appearance sparks reconciliation rumors",
        occurredOn: "2026-09",
        precision: "month",
        stance: "supports",
        confidence: "speculative",
        citations: [{ outlet: "starwatch-social", title: "Iris and Dev back on?", publishedOn: "2026-09-08" }],
      },
    ],
  },
];
