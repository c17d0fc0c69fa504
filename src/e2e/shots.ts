// The sizes every screenshot spec saves (phone and desktop), and the folder SCREENSHOTS names.
export const SCREENSHOT_DIR = process.env.SCREENSHOTS;

export const SCREENSHOT_SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;
