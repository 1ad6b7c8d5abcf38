import type { APIRoute } from 'astro';
import { exportDocument, jsonResponse } from '../../lib/export.ts';

export const GET: APIRoute = async () => jsonResponse(await exportDocument('weapons'));
