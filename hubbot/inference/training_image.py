"""LoRA fine-tuning of a text-to-image model's UNet with peft, one optimizer step at a time.

The same shape as `training.LoraRun` (load / step / save / close on one device thread, run by
the dispatcher between inference batches), following diffusers' own DreamBooth-LoRA recipe
(`examples/dreambooth/train_dreambooth_lora.py`): the pipeline's components loaded frozen,
`unet.add_adapter(LoraConfig)` on the attention projections, the VAE's latents of the
instance images, the training noise scheduler's `add_noise` at a random timestep, and the MSE
between the UNet's prediction and its target (the noise, or the velocity for v-prediction
models). The adapter is saved with the pipeline's `save_lora_weights`, so the image backend
loads it with `load_lora_weights` like any diffusers LoRA.
"""

from __future__ import annotations

import io
import random
from pathlib import Path
from typing import Any

from hubbot.config import ModelCard
from hubbot.inference.training import Hyper, Sizes, StepResult, total_steps

UNET_TARGETS = ["to_k", "to_q", "to_v", "to_out.0"]  # the attention projections, as diffusers' examples


def training_size(card: ModelCard) -> tuple[int, int]:
    """The card's first (native) size: instance images are cropped and scaled to it."""
    if card.sizes:
        width, _, height = card.sizes[0].lower().partition("x")
        return int(width), int(height)
    return 512, 512


def prepared_pixels(png: bytes, size: tuple[int, int]) -> Any:
    """An image as the VAE takes it: centre-cropped to the aspect ratio, scaled, in [-1, 1], CHW."""
    import numpy as np
    import torch
    from PIL import Image, ImageOps

    with Image.open(io.BytesIO(png)) as image:
        fitted = ImageOps.fit(image.convert("RGB"), size, Image.Resampling.LANCZOS)
    array = np.asarray(fitted, dtype=np.float32) / 127.5 - 1.0
    return torch.from_numpy(array).permute(2, 0, 1)


class ImageLoraRun:
    """One UNet LoRA run over a few instance images and their prompt. Not thread-safe: every
    call runs on the same device thread. `resume`: an adapter checkpoint to continue from."""

    def __init__(
        self, card: ModelCard, source: str, device: str, hyper: Hyper, resume: Path | None = None
    ) -> None:
        self.card = card
        self.source = source
        self.device = device
        self.hyper = hyper
        self.resume = resume
        self.unet: Any = None
        self.scheduler: Any = None
        self.optimizer: Any = None
        self.latents: Any = None
        self.prompt_embeds: Any = None
        self.order: list[list[int]] = []
        self.sizes = Sizes()
        self.images = 0
        self._noise: Any = None

    def load(self, images: list[bytes], prompt: str) -> None:
        import torch
        from diffusers import AutoencoderKL, DDPMScheduler, UNet2DConditionModel
        from peft import LoraConfig
        from transformers import CLIPTextModel, CLIPTokenizer

        torch.manual_seed(self.hyper.seed)
        self._noise = torch.Generator("cpu").manual_seed(self.hyper.seed)
        tokenizer = CLIPTokenizer.from_pretrained(self.source, subfolder="tokenizer")
        text_encoder = CLIPTextModel.from_pretrained(self.source, subfolder="text_encoder")
        vae = AutoencoderKL.from_pretrained(self.source, subfolder="vae")
        unet = UNet2DConditionModel.from_pretrained(self.source, subfolder="unet")
        self.scheduler = DDPMScheduler.from_pretrained(self.source, subfolder="scheduler")
        frozen = (text_encoder, vae, unet)
        self.sizes.base_parameters = sum(p.numel() for m in frozen for p in m.parameters())
        for module in frozen:
            module.requires_grad_(False)
            module.to(self.device)
        self.images = len(images)
        with torch.no_grad():  # the frozen parts run once: latents and the prompt's embedding
            size = training_size(self.card)
            pixels = torch.stack([prepared_pixels(png, size) for png in images]).to(self.device)
            self.latents = vae.encode(pixels).latent_dist.sample() * vae.config.scaling_factor
            ids = tokenizer(
                [prompt],
                padding="max_length",
                max_length=tokenizer.model_max_length,
                truncation=True,
                return_tensors="pt",
            ).input_ids.to(self.device)
            self.prompt_embeds = text_encoder(ids)[0]
        config = LoraConfig(
            r=self.hyper.rank,
            lora_alpha=self.hyper.rank,
            init_lora_weights="gaussian",
            target_modules=UNET_TARGETS,
        )
        unet.add_adapter(config)
        if self.resume is not None:
            _load_adapter(unet, self.resume)
        unet.train()
        self.unet = unet
        trainable = [p for p in unet.parameters() if p.requires_grad]
        self.sizes.trainable_parameters = sum(p.numel() for p in trainable)
        self.sizes.target_modules = list(UNET_TARGETS)
        self.optimizer = torch.optim.AdamW(trainable, lr=self.hyper.learning_rate)
        self.order = self._batches()

    def _batches(self) -> list[list[int]]:
        shuffle = random.Random(self.hyper.seed)
        batches: list[list[int]] = []
        for _ in range(self.hyper.epochs):
            indices = list(range(self.images))
            shuffle.shuffle(indices)
            batches += [
                indices[i : i + self.hyper.batch_size] for i in range(0, len(indices), self.hyper.batch_size)
            ]
        return batches[: total_steps(self.images, self.hyper)]

    @property
    def total_steps(self) -> int:
        return len(self.order)

    def tokens(self) -> tuple[int, int]:
        return 0, 0  # images carry no tokens; Prepared counts the images

    def step(self, index: int) -> StepResult:
        import torch
        import torch.nn.functional as F

        latents = self.latents[self.order[index]]
        noise = torch.randn(latents.shape, generator=self._noise).to(self.device, latents.dtype)
        timesteps = torch.randint(
            0, self.scheduler.config.num_train_timesteps, (latents.shape[0],), generator=self._noise
        ).to(self.device)
        noisy = self.scheduler.add_noise(latents, noise, timesteps)
        embeds = self.prompt_embeds.expand(latents.shape[0], -1, -1)
        predicted = self.unet(noisy, timesteps, embeds).sample
        if self.scheduler.config.prediction_type == "v_prediction":
            target = self.scheduler.get_velocity(latents, noise, timesteps)
        else:
            target = noise
        loss = F.mse_loss(predicted.float(), target.float())
        loss.backward()
        self.optimizer.step()
        self.optimizer.zero_grad(set_to_none=True)
        return StepResult(float(loss.detach()), latents.shape[0])

    def save(self, directory: Path) -> None:
        from diffusers import StableDiffusionPipeline
        from diffusers.utils import convert_state_dict_to_diffusers
        from peft.utils import get_peft_model_state_dict

        directory.mkdir(parents=True, exist_ok=True)
        layers = convert_state_dict_to_diffusers(get_peft_model_state_dict(self.unet))
        StableDiffusionPipeline.save_lora_weights(directory, unet_lora_layers=layers, safe_serialization=True)

    def close(self) -> None:
        self.unet = self.optimizer = self.latents = self.prompt_embeds = None


def _load_adapter(unet: Any, directory: Path) -> None:
    """A saved adapter's weights into the UNet's LoRA layers (diffusers' examples' load hook)."""
    from diffusers import StableDiffusionPipeline
    from diffusers.utils import convert_unet_state_dict_to_peft
    from peft.utils import set_peft_model_state_dict

    state, _alphas = StableDiffusionPipeline.lora_state_dict(str(directory))
    unet_state = {k.removeprefix("unet."): v for k, v in state.items() if k.startswith("unet.")}
    peft_state = convert_unet_state_dict_to_peft(unet_state)
    result = set_peft_model_state_dict(unet, peft_state, adapter_name="default")
    if result is not None and getattr(result, "unexpected_keys", None):
        raise ValueError(f"checkpoint {directory} does not fit this UNet")
