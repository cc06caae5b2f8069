// The catalogue's public face: what scripts and deployment checks (Helm env test) may import.
export { CatalogueModule } from './catalogue.module';
export { catalogueConfigSchema, cataloguePort, loadCatalogueConfig, type CatalogueConfig } from './config';
