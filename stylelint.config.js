// Wagtail's shared stylelint config, as bakerydemo uses it, with the few
// changes a plain-CSS site needs. Each says why.
const wagtail = require('@wagtail/stylelint-config-wagtail');

const [strictProperties, strictOptions] =
  wagtail.rules['scale-unlimited/declaration-strict-value'];

module.exports = {
  extends: '@wagtail/stylelint-config-wagtail',
  rules: {
    // Values come from the tokens in base.css; `0` and `auto` are not a
    // place on any scale, so they need no token.
    'scale-unlimited/declaration-strict-value': [
      strictProperties,
      {
        ...strictOptions,
        ignoreValues: [...strictOptions.ignoreValues, '0', 'auto'],
      },
    ],
    // An SCSS rule: plain CSS cannot put a variable in a media query, so the
    // breakpoints are written out (36em, 48em, 64em ...).
    'scss/media-feature-value-dollar-variable': null,
    // Chromium before 120 and older Safari paint mask icons only through
    // -webkit-mask (without it an icon is a solid square); iOS Safari knows
    // only -webkit-text-size-adjust; Chromium before 136 only
    // -webkit-print-color-adjust.
    'property-no-vendor-prefix': [
      true,
      {
        ignoreProperties: [
          'mask',
          'mask-image',
          'text-size-adjust',
          'print-color-adjust',
        ],
      },
    ],
    // As Wagtail's, except that a comment may sit right above the rule it
    // explains, without a blank line between them.
    'rule-empty-line-before': [
      'always',
      {
        except: ['after-single-line-comment', 'first-nested'],
        ignore: ['after-comment'],
      },
    ],
    // Wagtail's own admin element, styled so the userbar stays on top.
    'selector-type-no-unknown': [true, { ignore: ['custom-elements'] }],
    // The files follow the page from top to bottom and keep each component's
    // rules together; this rule compares selectors of different components
    // (`.lead` and `.hero .lead`, `.date-badge` and `.card--event >
    // .date-badge`) that are ordered on purpose, and reordering them to
    // please it would split components apart.
    'no-descending-specificity': null,
  },
};
