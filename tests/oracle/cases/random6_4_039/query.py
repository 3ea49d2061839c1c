df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT channel, count_if(note IS NULL) AS nonote, bool_or(amount > 80) AS anyhuge FROM (SELECT *, qty * 2 + 1 AS q2 FROM events) ev GROUP BY channel HAVING count(*) > 1")
OUTPUT_MODE = "complete"
