# Two commands do all set-up on a fresh Debian 12 machine:
#   make demo   deploy the sample app into a local container and show it answering
#   make test   lint, the sample app's tests, and Molecule on Debian 12 and 13
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
export PATH := $(BIN):$(PATH)
export ANSIBLE_CONFIG := $(CURDIR)/ansible.cfg
export ANSIBLE_FORCE_COLOR ?= 0

# Hosts behind an HTTPS-intercepting proxy: hand the controller's CA bundle to pip on
# the managed hosts (see django_apache_pip_cert_src). Empty where the file is absent.
CA_BUNDLE := /etc/ssl/certs/ca-certificates.crt
export DJANGO_APACHE_PIP_CERT_SRC ?= $(if $(wildcard $(CA_BUNDLE)),$(CA_BUNDLE),)

# Base images of the test and demo hosts: pulled, or built with debootstrap.
export MOLECULE_DEBIAN12_IMAGE ?= debian:bookworm
export MOLECULE_DEBIAN13_IMAGE ?= debian:trixie
DEMO_BASE_IMAGE ?= $(MOLECULE_DEBIAN12_IMAGE)
export DEMO_BASE_IMAGE
export DEMO_PORT ?= 8080

.PHONY: help
help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements-dev.txt sample_app/requirements.txt sample_app/requirements-test.txt
	scripts/host-deps.sh
	python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

.PHONY: venv
venv: $(VENV)/.installed ## Install the pinned tools into .venv

.PHONY: docker
docker: ## Make sure a Docker engine answers (installs and starts one if needed)
	scripts/ensure-docker.sh

.PHONY: images
images: docker ## Make sure the Debian 12 and 13 base images exist locally
	scripts/base-image.sh $(MOLECULE_DEBIAN12_IMAGE) bookworm
	scripts/base-image.sh $(MOLECULE_DEBIAN13_IMAGE) trixie

.PHONY: demo
demo: venv docker ## Deploy the sample app to a local container and show it answering
	scripts/base-image.sh $(DEMO_BASE_IMAGE) bookworm
	ansible-playbook -i localhost, playbooks/demo_host.yml
	ansible-playbook -i inventory/demo playbooks/site.yml
	scripts/demo-show.sh

.PHONY: bench
bench: venv docker ## Benchmark the role's sizing against Debian's stock, embedded mode and gunicorn
	scripts/base-image.sh $(DEMO_BASE_IMAGE) bookworm
	DEMO_CONTAINER=django-apache-bench DEMO_PORT=8090 ansible-playbook -i localhost, playbooks/demo_host.yml
	python scripts/bench.py

.PHONY: demo-clean
demo-clean: ## Remove the demo and bench containers
	-docker rm -f django-apache-demo django-apache-bench

.PHONY: lint
lint: venv ## yamllint, ansible-lint (production profile) and ruff
	yamllint --strict .
	ansible-lint
	ruff check .
	ruff format --check .

.PHONY: test-app
test-app: venv ## The sample app's tests
	python -m pytest sample_app

.PHONY: test-unit
test-unit: venv ## The role's own unit tests (sizing arithmetic)
	python -m pytest tests

.PHONY: molecule
molecule: venv images ## Molecule: every scenario on Debian 12 and 13
	molecule test --all

.PHONY: test
test: lint test-unit test-app molecule ## Everything: lint, unit tests, the sample app's tests, Molecule
