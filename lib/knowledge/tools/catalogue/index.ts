import type { ToolEntry } from '../tool-entry';
import { cloudMlTools, cloudTools } from './cloud';
import { dataProcessingTools, orchestrationTools, streamingTools } from './data';
import { ciCdTools, containerTools, infrastructureTools, monitoringTools } from './infrastructure';
import { languageTools } from './languages';
import { llmTools } from './llm';
import { mlFrameworkTools, mlLibraryTools } from './ml';
import { experimentTrackingTools, featureStoreTools, mlMonitoringTools, modelRegistryTools, servingTools } from './mlops';
import { businessTools, platformInfrastructureTools, platformTools, voiceAndAgentTools } from './specialised';
import { databaseTools, dataWarehouseTools, vectorStoreTools } from './stores';
import { frontendTools, mobileTools, testingTools, webFrameworkTools } from './web';
import { notebookTools, osTools, productivityTools, versionControlTools, visualizationTools } from './workplace';

/**
 * The tool catalogue. Curated from vendor documentation, ML job posts and the O*NET "Technology
 * Skills" examples for computer, mathematical and engineering occupations (O*NET Resource Center,
 * U.S. Department of Labor/ETA, CC BY 4.0), with O*NET's spellings reworded into the names products
 * use. Order matters only for readability.
 */
export const TOOL_CATALOGUE: readonly ToolEntry[] = [
  ...languageTools,
  ...mlFrameworkTools,
  ...mlLibraryTools,
  ...llmTools,
  ...dataProcessingTools,
  ...orchestrationTools,
  ...streamingTools,
  ...experimentTrackingTools,
  ...modelRegistryTools,
  ...servingTools,
  ...featureStoreTools,
  ...mlMonitoringTools,
  ...cloudTools,
  ...cloudMlTools,
  ...containerTools,
  ...infrastructureTools,
  ...ciCdTools,
  ...monitoringTools,
  ...databaseTools,
  ...dataWarehouseTools,
  ...vectorStoreTools,
  ...webFrameworkTools,
  ...frontendTools,
  ...mobileTools,
  ...testingTools,
  ...visualizationTools,
  ...notebookTools,
  ...versionControlTools,
  ...osTools,
  ...productivityTools,
  ...voiceAndAgentTools,
  ...platformTools,
  ...platformInfrastructureTools,
  ...businessTools,
];
