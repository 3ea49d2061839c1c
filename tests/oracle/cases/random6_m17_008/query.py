df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").dropDuplicatesWithinWatermark(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT gross, count_if(note IS NULL) AS nonote, concat_ws('/', min(channel), max(channel)) AS span FROM (SELECT *, round(amount * 1.2, 2) AS gross FROM events) ev WHERE amount IS NOT NULL GROUP BY gross HAVING count(*) > 1 ORDER BY nonote DESC NULLS LAST")
OUTPUT_MODE = "complete"
