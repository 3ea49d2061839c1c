df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("SELECT region, sum(qty) FILTER (WHERE channel = 'web') AS webq, count(*) AS cnt FROM events WHERE qty BETWEEN 1 AND 4 AND user RLIKE '^[a-d]' GROUP BY 1 ORDER BY webq DESC NULLS LAST")
OUTPUT_MODE = "complete"
