// Initiates the three-member replica set once; run again it changes nothing.
const members = [
  { _id: 0, host: "mongo1:27017", priority: 2 },
  { _id: 1, host: "mongo2:27017", priority: 1 },
  { _id: 2, host: "mongo3:27017", priority: 1 },
];
try {
  const status = rs.status();
  print("replica set " + status.set + " already initiated");
} catch (notYet) {
  rs.initiate({ _id: "rs0", members: members });
  print("replica set rs0 initiated");
}
// wait until a primary is elected, so the application's first write finds one
for (let i = 0; i < 120; i++) {
  if (db.hello().isWritablePrimary || rs.status().members.some(m => m.stateStr === "PRIMARY")) {
    print("primary elected");
    quit(0);
  }
  sleep(1000);
}
print("no primary after 120 s");
quit(1);
