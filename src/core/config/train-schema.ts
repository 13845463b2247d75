import { z } from 'zod';

const mlpSchema = z.strictObject({
  type: z.literal('mlp'),
  layers: z.array(z.number().int().min(1)).min(1),
  activation: z.enum(['relu', 'tanh', 'sigmoid', 'elu', 'selu', 'linear']).default('relu'),
  dropout: z.number().min(0).lt(1).optional(),
  l2: z.number().min(0).optional(),
});
const logisticSchema = z.strictObject({
  type: z.literal('logistic_regression'),
  l2: z.number().min(0).optional(),
});

/** The network trained by the built-in TF.js trainer. */
export const trainModelSchema = z.discriminatedUnion('type', [mlpSchema, logisticSchema]);

/** `train:` of a model: the built-in TF.js trainer, or `command:` to bring your own. */
export const trainSchema = z
  .strictObject({
    command: z.string().min(1).optional().describe('bring your own trainer; excludes the TF.js settings'),
    backend: z.enum(['auto', 'tensorflow-gpu', 'tensorflow', 'wasm', 'cpu']).optional(),
    seed: z.number().int().min(0).optional(),
    model: trainModelSchema.optional(),
    optimizer: z.enum(['adam', 'sgd', 'rmsprop', 'adagrad']).optional(),
    learning_rate: z.number().positive().optional(),
    batch_size: z.number().int().min(1).optional(),
    epochs: z.number().int().min(1).optional(),
    validation_split: z.number().min(0).lt(1).optional(),
    early_stopping: z.strictObject({ monitor: z.enum(['val_loss', 'loss', 'val_acc', 'acc', 'val_auc']).default('val_loss'), patience: z.number().int().min(0), min_delta: z.number().min(0).optional() }).optional(),
    class_weight: z.union([z.literal('balanced'), z.record(z.string(), z.number().positive())]).optional(),
    checkpoint_every: z.number().int().min(1).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.command === undefined) return;
    for (const key of Object.keys(value)) {
      if (key !== 'command') ctx.addIssue({ code: 'custom', path: [key], message: `'${key}' has no effect with 'command' (bring-your-own trainer); remove one of them` });
    }
  });
export type TrainConfig = z.infer<typeof trainSchema>;
