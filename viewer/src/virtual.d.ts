// The graph validator compiled from schema/ at build time (see vite.config.ts).
declare module 'virtual:graph-validator' {
  interface ValidationError {
    instancePath: string;
    keyword: string;
    message?: string;
    params: Record<string, unknown>;
  }
  export const validateGraph: ((data: unknown) => boolean) & { errors?: ValidationError[] | null };
}
