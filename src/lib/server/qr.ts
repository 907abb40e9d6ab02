import QRCode from 'qrcode';

/**
 * A QR code of `text` as a PNG data URL, made on the server so that the page needs no script and
 * the CSP (`img-src 'self' data:`) allows it. PNG rather than SVG so that it can be downloaded
 * and dropped into slides or a printed poster as is.
 */
export async function qrCodeDataUrl(text: string): Promise<string> {
	return QRCode.toDataURL(text, {
		errorCorrectionLevel: 'M',
		margin: 4,
		width: 264,
		color: { dark: '#000000', light: '#ffffff' }
	});
}
