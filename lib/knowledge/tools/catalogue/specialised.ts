import { inCategory, tool } from '../tool-entry';

/** Voice and agent platforms that LLM application work names. */
export const voiceAndAgentTools = inCategory('llm', [
  tool('Google ADK', ['Google Agent Development Kit'], { cased: ['Agent Development Kit'] }),
  tool('Strands Agents', ['Strands Agents SDK', 'AWS Strands']),
  tool('Mem0'),
  tool('Letta', ['MemGPT']),
  tool('ElevenLabs', ['Eleven Labs']),
  tool('Deepgram'),
  tool('AssemblyAI', ['Assembly AI']),
  tool('Vapi', ['Vapi.ai']),
  tool('Voiceflow'),
  tool('LiveKit'),
  tool('Pipecat'),
  tool('Twilio Voice'),
  tool('Botpress'),
]);

/** Security, observability add-ons and platform software a resume names beside the big tools. */
export const platformTools = inCategory('monitoring', [
  tool('Grafana Tempo', [], { contextOnly: ['Tempo'], production: 'monitoring' }),
  tool('Grafana Mimir', ['Mimir']),
  tool('Logz.io', ['Logzio'], { production: 'monitoring' }),
  tool('Filebeat', ['Metricbeat'], { production: 'monitoring' }),
  tool('collectd', [], { production: 'monitoring' }),
  tool('Cilium', [], { ambiguous: ['Cilium'] }),
  tool('Wazuh'),
  tool('Suricata'),
  tool('Snort', [], { contextOnly: ['Snort'] }),
  tool('Nessus'),
  tool('Metasploit'),
  tool('Nmap'),
  tool('Ghidra'),
  tool('IDA Pro'),
  tool('Radare2'),
  tool('Binary Ninja'),
]);

/** Infrastructure pieces that are narrower than a cloud but still named products. */
export const platformInfrastructureTools = inCategory('infrastructure', [
  tool('DC/OS', ['Mesosphere DC/OS', 'Apache Mesos', 'Mesos'], { production: 'infrastructure' }),
  tool('OpenLDAP'),
  tool('AWS Direct Connect'),
  tool('AWS WAF'),
  tool('AWS Organizations'),
  tool('tmux'),
  tool('Zsh', ['Oh My Zsh', 'zsh']),
  tool('DPDK', ['Data Plane Development Kit']),
  tool('XDP', ['eBPF/XDP'], { contextOnly: ['XDP'] }),
  tool('eBPF'),
  tool('HDF5', ['h5py']),
  tool('NetCDF'),
  tool('Zarr'),
  tool('Jekyll', [], { ambiguous: ['Jekyll'] }),
  tool('Hugo', ['Hugo static site generator'], { contextOnly: ['Hugo'] }),
  tool('Candle', ['Hugging Face Candle'], { contextOnly: ['Candle'] }),
  tool('KiCad'),
  tool('Altium Designer', ['Altium']),
  tool('Xilinx Vivado', ['Vivado']),
  tool('Quartus', ['Intel Quartus']),
  tool('Keil', ['Keil uVision']),
  tool('PlatformIO'),
]);

/** Business platforms and web products. */
export const businessTools = inCategory('productivity', [
  tool('Pega', ['Pegasystems', 'Pega PRPC', 'Pega Platform']),
  tool('NetSuite', ['Oracle NetSuite']),
  tool('WooCommerce'),
  tool('Magento', ['Adobe Commerce']),
  tool('Wagtail', [], { ambiguous: ['Wagtail'], production: 'anchor' }),
  tool('Strapi'),
  tool('Contentful'),
  tool('Sanity', ['Sanity.io'], { contextOnly: ['Sanity'] }),
  tool('Ghost CMS'),
]);
