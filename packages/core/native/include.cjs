// The directory of @sock/core's native kit headers, for a family's binding.gyp:
//   "include_dirs": ["<!(node -p \"require('@sock/core/native-include')\")"]
'use strict';
module.exports = require('node:path').join(__dirname, 'include');
