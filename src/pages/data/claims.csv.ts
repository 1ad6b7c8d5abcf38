import type { APIRoute } from 'astro';
import { claimsCsv } from '../../lib/export.ts';

export const GET: APIRoute = async ({ site }) => new Response(await claimsCsv(site), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
