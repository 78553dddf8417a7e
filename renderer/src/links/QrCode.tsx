import { useEffect, useState } from 'react';

/**
 * A QR code of an address, so a kiosk reader can open a link on their own phone. The encoder is loaded only
 * when a kiosk link is chosen, and drawn as a data: image (allowed by the CSP's img-src).
 */
export function QrCode({ address, alt }: { address: string; alt: string }) {
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void import('qrcode')
      .then(({ toDataURL }) =>
        toDataURL(address, {
          errorCorrectionLevel: 'M',
          margin: 4,
          width: 512,
          color: { dark: '#000000', light: '#ffffff' },
        }),
      )
      .then((url) => {
        if (current) setImage(url);
      });
    return () => {
      current = false;
    };
  }, [address]);
  return image ? <img className="qr-code" src={image} alt={alt} width={256} height={256} /> : null;
}
