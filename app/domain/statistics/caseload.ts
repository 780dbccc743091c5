/** The IPS caseload-size bands live with the caseload rules; statistics uses the same table. */
export { IPS_CASELOAD_BANDS, fidelityBand as ipsCaseloadScore } from '~/domain/caseload'
