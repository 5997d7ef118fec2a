#!/usr/bin/env node
import '../../bin/agent-blast-radius.js';
