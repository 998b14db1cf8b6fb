'use strict';

// The discord.js bar for the Montenegro.Bot load tool: the smallest bot that does what ours does on the wire.
// It answers the /ask slash command and messages that mention it with one embed, and /poll with one embed showing a
// fixed chart-sized PNG uploaded in the same message (as ours answers /poll with its chart), and nothing else.
// It is only ever pointed at the fake Discord on 127.0.0.1 (DISCORD_API, e.g. http://127.0.0.1:PORT/api; the
// REST client appends /v10). The gateway URL comes from the fake's GET /gateway/bot, as against real Discord.

const zlib = require('node:zlib');
const { Client, Events, GatewayIntentBits } = require('discord.js');

const token = process.env.DISCORD_TOKEN;
const api = process.env.DISCORD_API;
if (!token || !api) {
  console.error('Set DISCORD_TOKEN and DISCORD_API (e.g. http://127.0.0.1:5000/api).');
  process.exit(2);
}

// Same footprint as ours: nothing is pinged by the answer.
const noPings = { parse: [] };

function answerEmbed(title) {
  return {
    title,
    description: 'A fixed short answer from the discord.js baseline.',
    color: 0xc40308,
    footer: { text: 'discord.js baseline' },
  };
}

// A fixed 1000x600 PNG of about the size of our poll chart (65 KB), made once at start: lines over a light background.
function chartPng() {
  const width = 1000;
  const height = 600;
  const raw = Buffer.alloc((width * 3 + 1) * height, 0xf5);
  let seed = 7;
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      if (Math.abs(y - (300 + 160 * Math.sin(x / 60))) < 2 || seed % 40 === 0) {
        raw.fill(seed & 0xff, y * (width * 3 + 1) + 1 + x * 3, y * (width * 3 + 1) + 4 + x * 3);
      }
    }
  }
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const chart = chartPng();

const client = new Client({
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
  rest: { api, version: '10' },
});

client.on(Events.InteractionCreate, async (interaction) => {
  if (!interaction.isChatInputCommand()) return;
  if (interaction.commandName === 'poll') {
    try {
      const embed = { ...answerEmbed('Polls'), image: { url: 'attachment://poll-chart.png' } };
      await interaction.reply({ embeds: [embed], files: [{ attachment: chart, name: 'poll-chart.png' }], allowedMentions: noPings });
    } catch (error) {
      console.error('poll failed:', error.message);
    }
    return;
  }

  if (interaction.commandName !== 'ask') return;
  try {
    const question = interaction.options.getString('question') ?? '';
    await interaction.reply({ embeds: [answerEmbed(question.slice(0, 200) || 'Answer')], allowedMentions: noPings });
  } catch (error) {
    console.error('ask failed:', error.message);
  }
});

client.on(Events.MessageCreate, async (message) => {
  if (message.author.bot || !message.mentions.users.has(client.user.id)) return;
  try {
    await message.reply({ embeds: [answerEmbed('Answer')], allowedMentions: noPings });
  } catch (error) {
    console.error('mention reply failed:', error.message);
  }
});

// The load tool stops us with SIGTERM; leave the gateway cleanly so the fake sees a normal close.
process.on('SIGTERM', () => {
  client.destroy().finally(() => process.exit(0));
});

client.login(token).catch((error) => {
  console.error('login failed:', error.message);
  process.exit(1);
});
