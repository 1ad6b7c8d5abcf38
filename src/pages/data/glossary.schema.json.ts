import type { APIRoute } from 'astro';
import { jsonResponse, jsonSchemaOf } from '../../lib/export.ts';

export const GET: APIRoute = ({ site }) => jsonResponse(jsonSchemaOf('glossary', site));
