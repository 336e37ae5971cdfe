/** The pipeline's modules, imported on first use: loading models and lexicons is not needed for --help. */
export async function loadPipelineModules() {
  const [{ collectDocs }, { buildPipeline }, stages] = await Promise.all([
    import('../app/collect.js'),
    import('../pipeline/pipeline.js'),
    import('../pipeline/order.js'),
  ]);
  return { collectDocs, buildPipeline, stages };
}
