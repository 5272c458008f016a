import { describe, expect, it } from 'vitest';
import type { CandidateDocument } from '../../model/candidate-document';
import { indexDocument } from '../../text/indexed-document';
import { extractOutcomes } from './extract-outcomes';

/** One invented resume line in an experience block: the outcome tokens it must yield, in order. */
function tokensOf(text: string): string[] {
  const doc: CandidateDocument = {
    source: 'text',
    capturedAt: '2026-01-01T00:00:00Z',
    person: { links: [] },
    sections: [{ kind: 'experience', heading: 'Experience', blocks: [{ id: 'b1', text }] }],
    incomplete: [],
    warnings: [],
  };
  return extractOutcomes(indexDocument(doc)).map((o) => o.outcome.token);
}

// Lines written for these tests (no real person): results that must be found, and dates, tenure,
// grades, versions, names, headcounts, contact details and schedules that must not.
const LINES: [string, string[]][] = [
  ['Improved model accuracy from 82% to 91% by adding user features', ['82%']],
  ['Reduced inference latency by 3.5x using TensorRT', ['3.5x']],
  ['Processed 5B+ events per day with Kafka and Flink', ['5B+']],
  ['Cut AWS bill by $120K/year', ['$120K']],
  ['Achieved 0.87 F1 on the internal NER benchmark', ['0.87']],
  ['Built a recommender used by 1.2M monthly active users', ['1.2M']],
  ['Scaled the API to 15k RPS with p99 < 80ms', ['15k RPS', '80ms']],
  ['Decreased churn by 7 percentage points', ['7']],
  ['Trained models on 40TB of clickstream data', ['40TB']],
  ['Migrated 120 Airflow DAGs to Dagster', ['120']],
  ['Maintained 99.99% availability across 3 regions', ['99.99%', '3']],
  ['Reduced false positives by 30% while keeping recall above 95%', ['30%', '95%']],
  ['Automated reporting, saving 20+ hours per week for analysts', ['20+ hours']],
  ['Brought model training time down from 3 days to 6 hours', ['3 days']],
  ['Grew ARR from $2M to $5M', ['$2M']],
  ['Labeled 250,000 images with active learning', ['250,000']],
  ['Ran 40+ A/B tests on the checkout flow', ['40+']],
  ['Increased CTR by 12% and revenue by $1.1M annually', ['12%', '$1.1M']],
  ['Served predictions at under 50 ms median latency', ['50 ms']],
  ['Compressed the model 4x with quantization, with <1% accuracy loss', ['4x', '1%']],
  ['Achieved a 25% reduction in compute costs', ['25%']],
  ['Deployed 12 models to production on SageMaker', ['12']],
  ['Reduced onboarding time from 2 weeks to 3 days', ['2 weeks']],
  ['Handling 2 million requests daily', ['2 million']],
  ['Improved NDCG@10 by 4.2%', ['4.2%']],
  ['Achieved top-1 accuracy of 78.4% on ImageNet', ['78.4%']],
  ['Reduced MTTR from 4 hours to 30 minutes', ['4 hours']],
  ['Cut Spark job runtime by 60%', ['60%']],
  ['Grew the user base 3x in 6 months', ['3x']],
  ['Reduced latency 40%', ['40%']],
  ['Saved the company €250k per year in licensing', ['€250k']],
  ['Indexed 80M product listings in Elasticsearch', ['80M']],
  ['Lowered model error rate to 2.1%', ['2.1%']],
  ['Improved BLEU score by 3.2 points', ['3.2']],
  ['Sped up feature generation 8-fold', ['8-fold']],
  ['Reduced p95 latency from 1.2s to 300ms', ['1.2s']],
  ['Supported 500+ enterprise customers', ['500+']],
  ['Cut cold-start time by 45 seconds', ['45 seconds']],
  ['Machine Learning Engineer, Jan 2020 – Mar 2023', []],
  ['5+ years of experience building ML systems', []],
  ['Led a team of 8 engineers', []],
  ['B.S. in Computer Science, GPA 3.8/4.0, 2016', []],
  ['Fine-tuned Llama 2 13B and GPT-3.5 for support tickets', []],
  ['Worked with AWS EC2, S3, and Lambda', []],
  ['Published 4 papers at NeurIPS and ICML', []],
  ['Python 3.11, Java 17, C++20', []],
  ['Won 2nd place among 150 teams at the 2022 hackathon', []],
  ['Taught 3 courses to 120 students', []],
  ['Completed the project in 4 months', []],
  ['Certified AWS Solutions Architect (2021)', []],
  ['Speaks 3 languages', []],
  ['Phone: 415-555-0134', []],
  ['Mentored 5 junior data scientists', []],
  ['Volunteered 10 hours a week at a food bank', []],
  ['ISO 9001 and SOC 2 compliance', []],
  ['Ranked #3 on Kaggle leaderboard', []],
  ['COVID-19 forecasting dashboard', []],
  ['Interned for 3 months in 2019', []],
  ['Top 10 finalist in the Data Science Bowl', []],
  ['Member of a 12-person platform team', []],
  ['Used Windows 10 and Office 365', []],
  ['Scored 1520 on the SAT', []],
  ['Series B startup, 50 employees', []],
  ['Over 10 years in software', []],
  ['Q3 2022 roadmap planning', []],
  ['Sprint 14 retrospective facilitator', []],
  ['Worked 40 hours per week while studying', []],
  ['Built the MVP within 2 weeks', []],
  ['Trained on 8 A100 GPUs for 3 days', []],
  ['Studied at 221B Baker Street', []],
  ['Section 3.2 of the design doc', []],
  ['Participated in 3 hackathons', []],
  ['Managed a $50k budget for the lab', ['$50k']],
  ['Boosted recommendation CTR 18% via two-tower retrieval', ['18%']],
  ['Shipped a fraud model that blocked $4.2 million in chargebacks per quarter', ['$4.2 million']],
  ['Reduced Docker image size from 3.2GB to 450MB', ['3.2GB']],
  ['Improved throughput to 1,200 images/sec on a single T4', ['1,200']],
  ['Decreased annotation cost per label by 60 percent', ['60 percent']],
  ['Kept false alarm rate under 0.5%', ['0.5%']],
  ['Owned a model serving 300M predictions a day', ['300M']],
  ['Migrated 1.5 PB of HDFS data to S3', ['1.5 PB']],
  ['Achieved mAP of 0.62 on COCO val2017', ['0.62']],
  ['RMSE dropped from 4.1 to 2.7', ['4.1']],
  ['Cut time-to-deploy from days to 20 minutes', ['20 minutes']],
  ['Reduced monthly Snowflake spend by ~35%', ['~35%']],
  ['Processed ~3k documents/hour', ['~3k']],
  ['Grew weekly active users 2.5x year over year', ['2.5x']],
  ['Triaged 1,000+ support tickets with an LLM classifier', ['1,000+']],
  ['Hit 92.3% top-5 accuracy', ['92.3%']],
  ['R² of 0.81 on the holdout set', ['0.81']],
  ['Saved ~120 engineer-hours per release', ['~120 engineer-hours']],
  ['Designed 5 microservices handling 2k QPS', ['5', '2k QPS']],
  ['We reduced churn by 3 points', ['3']],
  ['Managed 6 direct reports and 2 contractors', []],
  ['Graduated summa cum laude, top 2% of class of 2015', []],
  ['Authored 12 blog posts on MLOps', []],
  ['Contributed to PyTorch 2.0 and TensorFlow 2.x', []],
  ['Hosted 3 meetups with 200 attendees', []],
  ['Relocated to Berlin in 2021 after 4 years in Paris', []],
  ['AWS Certified Machine Learning – Specialty (MLS-C01)', []],
  ['Tel: +44 20 7946 0958', []],
  ['Stack: Python 3.9, Go 1.21, Postgres 15, Redis 7', []],
  ['10 years of experience', []],
  ['Experience: 3 yrs 4 mos', []],
  ['Dec 2019 - Present · 4 yrs 2 mos', []],
  ['Ph.D. candidate, year 3 of 5', []],
  ['Ranked 1 of 45 in the cohort', []],
  ['Built a 3-node Kafka cluster', []],
  ['Wrote chapters 2 and 3 of the thesis', []],
  ['Maintained 2 open-source libraries with 3.4k GitHub stars', ['2', '3.4k']],
  ['Cut model size by half and latency by 45 ms', ['45 ms']],
];

// More invented lines, one group per kind of phrasing the first rules were too narrow for.
const PHRASINGS: Record<string, [string, string[]][]> = {
  'a percentage after "scoring" used as batch inference': [
    ['Shifted nightly inference to preemptible nodes, lowering training and scoring GPU spend by 41%', ['41%']],
    ['Scoring 3M loan applications a month with LightGBM', ['3M']],
    ['Scored 92% on the final exam', []],
  ],
  'how long a running system takes, not how long the work took': [
    ['Backfills that took all weekend now complete unattended in 5 hours', ['5 hours']],
    ['Rewrote the ETL in Polars; reports land 4 hours earlier each morning', ['4 hours']],
    ['Customers receive refunds 2 days sooner', ['2 days']],
    ['Radiologists get predictions back in 8 seconds rather than the next morning', ['8 seconds']],
    ['Shipped the feature store in 5 weeks', []],
    ['Completed the data migration in 3 months', []],
    ['Now 3 years into the role', []],
  ],
  'a count over a period, before and after': [
    ['Pager alerts went from about 40 a night to 2', ['40']],
    ['Failed payouts fell from 25 per month to under 3', ['25']],
    ['On-call pages dropped from 12 to under 3 per week', ['12']],
    ['Grew the dashboard from 3 to 9', []],
  ],
  'other teams adopting a system are its reach': [
    ['Rolled out the feature store; 18 teams now use it for training data', ['18']],
    ['Built a labelling tool used by 6 research teams', ['6']],
    ['Coordinated 2 teams using Kafka', []],
    ['Placed 3rd out of 60 teams at a datathon', []],
  ],
  'items of a data set the system was built on or evaluated with': [
    ['Indexed more than 40,000 support articles for the assistant', ['40,000']],
    ['Embedded 400 internal papers into a vector store', ['400']],
    ['Curated a 2,500-image test split for the detector', ['2,500']],
    ['Wrote a 300-prompt red-team suite', ['300']],
    ['Wrote a 75-page design report', []],
    ['Taught a 10-week course on MLOps', []],
    ['Published 1,200 blog posts', []],
  ],
  'headcounts that continue past "and" or are written in another language': [
    ['Managed a crew of 4 data engineers and 3 annotators', []],
    ['Dirijo un equipo de 6 personas', []],
    ['Implemented the tracker in C++ 17 and Python', []],
  ],
};

describe('extractOutcomes on resume lines', () => {
  it.each(LINES)('%s', (text, tokens) => {
    expect(tokensOf(text)).toEqual(tokens);
  });

  describe.each(Object.entries(PHRASINGS))('%s', (_name, lines) => {
    it.each(lines)('%s', (text, tokens) => {
      expect(tokensOf(text)).toEqual(tokens);
    });
  });
});
