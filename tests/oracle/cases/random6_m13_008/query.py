df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT region, count(note) AS nnotes FROM (SELECT *, (amount > 50) = true AS big, '10' - qty AS qleft FROM events) ev WHERE (amount > 10) = true AND qty IN (2, 2) GROUP BY region")
OUTPUT_MODE = "complete"
