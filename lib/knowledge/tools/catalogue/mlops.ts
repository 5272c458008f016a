import { inCategory, tool } from '../tool-entry';

/** Experiment tracking and ML metadata. */
export const experimentTrackingTools = inCategory('experiment-tracking', [
  tool('MLflow', ['ML Flow', 'MLflow Tracking', 'MLflow Model Registry', 'MLflow Projects', 'MLflow Models'], { production: 'mlops' }),
  tool('Weights & Biases', ['W&B', 'WandB', 'wandb', 'Weights and Biases', 'Weights&Biases', 'W and B', 'W&B Sweeps'], { production: 'mlops' }),
  tool('Neptune.ai', ['neptune.ai', 'Neptune AI']),
  tool('Comet', ['Comet ML', 'Comet.ml', 'CometML'], { contextOnly: ['Comet'], production: 'mlops' }),
  tool('TensorBoard', ['Tensor Board', 'TensorBoardX']),
  tool('ClearML', ['Allegro Trains'], { production: 'mlops' }),
  tool('Aim', ['Aim tracking'], { contextOnly: ['Aim'] }),
  tool('Sacred', [], { contextOnly: ['Sacred'] }),
  tool('Guild AI'),
  tool('Polyaxon'),
  tool('Determined AI', ['Determined'], { contextOnly: ['Determined'] }),
  tool('Valohai'),
  tool('Domino Data Lab', ['Domino'], { contextOnly: ['Domino'] }),
  tool('Paperspace Gradient', ['Paperspace']),
  tool('DagsHub'),
  tool('Keepsake'),
]);

/** Model registries and model hubs. */
export const modelRegistryTools = inCategory('model-registry', [
  tool('ModelDB'),
  tool('Verta'),
  tool('JFrog ML', ['Qwak']),
  tool('JFrog Artifactory', ['Artifactory']),
  tool('Sonatype Nexus', ['Nexus Repository'], { contextOnly: ['Nexus'] }),
  tool('TensorFlow Hub', ['TF Hub']),
  tool('PyTorch Hub'),
  tool('Kaggle Models'),
]);

/** Model servers and inference platforms. */
export const servingTools = inCategory('serving', [
  tool('TorchServe', ['Torch Serve'], { production: 'serving' }),
  tool('Triton Inference Server', ['NVIDIA Triton', 'Triton Server', 'Triton'], { ambiguous: ['Triton'], production: 'serving' }),
  tool('TensorFlow Serving', ['TF Serving', 'TFServing', 'TensorFlow Serving API'], { production: 'serving' }),
  tool('BentoML', ['Bento ML', 'BentoCloud'], { production: 'serving' }),
  tool('KServe', ['KFServing'], { production: 'serving' }),
  tool('Seldon Core', ['Seldon', 'Seldon Deploy'], { production: 'serving' }),
  tool('Ray Serve', [], { production: 'serving' }),
  tool('MLServer'),
  tool('Cortex', ['Cortex Labs'], { contextOnly: ['Cortex'] }),
  tool('OpenVINO Model Server', ['OVMS']),
  tool('NVIDIA NIM'),
  tool('LitServe'),
  tool('Truss', ['Baseten Truss'], { contextOnly: ['Truss'] }),
  tool('Baseten'),
  tool('Modal', ['Modal Labs', 'Modal.com'], { contextOnly: ['Modal'] }),
  tool('Clipper', [], { contextOnly: ['Clipper'] }),
  tool('Hugging Face Inference Endpoints', ['HF Inference Endpoints'], { cased: ['Inference Endpoints'] }),
  tool('DeepSpeed-MII', ['DeepSpeed MII']),
  tool('CTranslate2'),
  tool('FasterTransformer'),
  tool('Xinference'),
  tool('LocalAI'),
]);

/** Feature stores. */
export const featureStoreTools = inCategory('feature-store', [
  tool('Feast', ['Feast feature store'], { ambiguous: ['Feast'], production: 'mlops' }),
  tool('Tecton', [], { production: 'mlops' }),
  tool('Hopsworks'),
  tool('Featureform'),
  tool('Butterfree'),
  tool('Featurebyte', ['FeatureByte']),
  tool('Chalk', ['Chalk AI'], { contextOnly: ['Chalk'] }),
]);

/** Production model monitoring, drift and ML testing. */
export const mlMonitoringTools = inCategory('monitoring', [
  tool('Evidently', ['Evidently AI', 'EvidentlyAI'], { ambiguous: ['Evidently'], production: 'drift' }),
  tool('WhyLabs', ['whylogs'], { production: 'drift' }),
  tool('Arize', ['Arize AI', 'Arize Phoenix'], { production: 'drift' }),
  tool('Fiddler', ['Fiddler AI'], { contextOnly: ['Fiddler'], production: 'drift' }),
  tool('NannyML', [], { production: 'drift' }),
  tool('Alibi Detect', ['Alibi Explain'], { contextOnly: ['Alibi'] }),
  tool('Deepchecks'),
  tool('Giskard'),
  tool('Aporia', [], { ambiguous: ['Aporia'] }),
  tool('Superwise'),
  tool('Arthur AI'),
  tool('Weights & Biases Weave', ['W&B Weave', 'Weave'], { contextOnly: ['Weave'] }),
  tool('Helicone'),
]);
