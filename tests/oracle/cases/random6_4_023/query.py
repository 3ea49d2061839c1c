df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT region, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, max(struct(amount, user)).user AS topuser FROM events WHERE amount > 5 OR qty IS NULL AND NOT (region = 'apac' AND qty > 3) GROUP BY region")
OUTPUT_MODE = "update"
