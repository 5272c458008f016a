const ROLE_LINES = [
  'Deployed a PyTorch ranking model behind a FastAPI service on Amazon EKS, serving {n}M requests/day at {m} ms p99 latency.',
  'Built Airflow retraining pipelines with the MLflow model registry; cut refresh time from {m} hours to {n} minutes.',
  'Set up drift monitoring with Prometheus and Grafana, and canary releases with automatic rollback.',
  'Ran A/B tests on ranking changes that lifted conversion by {n}.{m}% and added ${n}.{m}M in annual revenue.',
  'Responsible for various machine learning projects and passionate about cutting-edge AI.',
  'Trained XGBoost and scikit-learn models on Spark over {n} TB of events; reached 0.{m} AUC.',
  'Containerised batch scoring with Docker on Kubernetes and Terraform; {n}9.9% uptime.',
  'Worked with the data team on Snowflake and dbt models used by {n}{m}k analysts.',
];

const SKILLS = `Skills
Languages: Python, SQL, Go, Rust, C++
ML: PyTorch, TensorFlow, scikit-learn, XGBoost, LightGBM, Hugging Face Transformers, LangChain
MLOps: MLflow, Airflow, Kubeflow, DVC, Weights & Biases, BentoML, Triton, Docker, Kubernetes, Terraform
Cloud: AWS (S3, EKS, SageMaker, Lambda), GCP (BigQuery, Vertex AI), Azure ML
`;

/**
 * A resume of about `bytes` bytes in the shape of a real one (roles with bullets, skills list), with
 * numbers varied per line so no cache or dedupe can make repeated text look cheaper than it is.
 */
export function syntheticResume(bytes: number): string {
  const parts = ['Alex Example', 'Senior Machine Learning Engineer', '', 'Experience'];
  let size = parts.join('\n').length + SKILLS.length;
  for (let role = 0; size < bytes; role++) {
    const header = `Machine Learning Engineer, Example Corp ${role}   Jan ${2000 + (role % 24)} – Dec ${2001 + (role % 24)}`;
    parts.push('', header);
    size += header.length + 2;
    for (let i = 0; i < ROLE_LINES.length && size < bytes; i++) {
      const line = `- ${ROLE_LINES[i].replace(/\{n\}/g, String((role % 9) + 1)).replace(/\{m\}/g, String(((role * 7 + i) % 89) + 10))}`;
      parts.push(line);
      size += line.length + 1;
    }
  }
  parts.push('', SKILLS);
  return parts.join('\n').slice(0, Math.max(bytes, SKILLS.length));
}
