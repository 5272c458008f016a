import { describe, expect, it } from 'vitest';
import { lookupTool } from './lookup-tool';

describe('lookupTool', () => {
  it.each([
    ['k8s', 'Kubernetes'],
    ['K8S', 'Kubernetes'],
    ['sklearn', 'scikit-learn'],
    ['Scikit Learn', 'scikit-learn'],
    ['HF', 'Hugging Face Transformers'],
    ['huggingface', 'Hugging Face Transformers'],
    ['GCP', 'Google Cloud'],
    ['Google Cloud Platform', 'Google Cloud'],
    ['Postgres', 'PostgreSQL'],
    ['W&B', 'Weights & Biases'],
    ['Weights and Biases', 'Weights & Biases'],
    ['wandb', 'Weights & Biases'],
    ['tf', 'TensorFlow'],
    ['Spark', 'Apache Spark'],
    ['PySpark', 'PySpark'],
    ['PyTorch Lightning', 'PyTorch Lightning'],
    ['pytorch', 'PyTorch'],
    ['node js', 'Node.js'],
    ['NodeJS', 'Node.js'],
    ['C++', 'C++'],
    ['c#', 'C#'],
    ['C', 'C'],
    ['.NET', '.NET'],
    ['Python 3.11', 'Python'],
    ['Vue3', 'Vue.js'],
    ['S3 (object storage)', 'Amazon S3'],
    ['sagemaker', 'Amazon SageMaker'],
    ['Github Actions', 'GitHub Actions'],
    ['golang', 'Go'],
    ['MS Excel', 'Microsoft Excel'],
  ])('%s is %s', (spelling, name) => {
    expect(lookupTool(spelling)?.name).toBe(name);
  });

  it.each(['BERT', 'machine learning', 'CI/CD', 'REST APIs', '', '   ', 'x'.repeat(5000)])('knows no tool called %s', (spelling) => {
    expect(lookupTool(spelling)).toBeUndefined();
  });
});
