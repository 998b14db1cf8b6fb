'use strict';

// The discord.js bar for the Montenegro.Bot load tool: the smallest bot that does what ours does on the wire.
// It answers the /ask slash command and messages that mention it with one embed, and nothing else.
// It is only ever pointed at the fake Discord on 127.0.0.1 (DISCORD_API, e.g. http://127.0.0.1:PORT/api; the
// REST client appends /v10). The gateway URL comes from the fake's GET /gateway/bot, as against real Discord.

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

const client = new Client({
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
  rest: { api, version: '10' },
});

client.on(Events.InteractionCreate, async (interaction) => {
  if (!interaction.isChatInputCommand() || interaction.commandName !== 'ask') return;
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
