/**
 * Names that contain a tool's name but claim no tool: foundations and organisations ("Certified by
 * the Linux Foundation"). They take part in the longest match so the tool inside them is not read.
 */
export const NOT_TOOL_PHRASES: readonly string[] = [
  'Linux Foundation',
  'Apache Software Foundation',
  'Python Software Foundation',
  'PyTorch Foundation',
  'Eclipse Foundation',
  'OpenJS Foundation',
  'Rust Foundation',
  'R Foundation',
  'Julia Computing',
  'Oracle Corporation',
  'Go Daddy',
  'Unity Technologies',
  'Docker Inc',
  'Elastic N.V.',
  'Red Hat Summit',
  'Spark AR',
  'Swift Navigation',
  'ARM Cortex',
  'JAX-RS',
  'JAX-WS',
];
