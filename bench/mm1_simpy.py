"""The benchmark's M/M/1 queue (lambda 0.9, mu 1, one million customers) in SimPy 2.3's
classic process API, to compare a mature Python discrete-event engine with ours on the same
model. Prints the mean wait in queue (theory: 9 s) and the number of customers served."""
import random
import sys

from SimPy.Simulation import Process, Resource, activate, hold, initialize, now, release, request, simulate

CUSTOMERS = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
ARRIVAL_RATE = 0.9
SERVICE_RATE = 1.0


class Tally:
    def __init__(self):
        self.count = 0
        self.total_wait = 0.0


class Customer(Process):
    def visit(self, server, tally):
        arrived = now()
        yield request, self, server
        tally.count += 1
        tally.total_wait += now() - arrived
        yield hold, self, random.expovariate(SERVICE_RATE)
        yield release, self, server


class Source(Process):
    def generate(self, server, tally):
        for _ in range(CUSTOMERS):
            customer = Customer()
            activate(customer, customer.visit(server, tally))
            yield hold, self, random.expovariate(ARRIVAL_RATE)


def main():
    random.seed(1)
    initialize()
    server = Resource(capacity=1)
    tally = Tally()
    source = Source()
    activate(source, source.generate(server, tally))
    simulate(until=CUSTOMERS / ARRIVAL_RATE * 2)
    print(f"customers {tally.count} mean wait {tally.total_wait / tally.count:.3f} s")


if __name__ == "__main__":
    main()
