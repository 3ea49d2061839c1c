df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT channel, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany FROM (SELECT *, round(amount * 1.2, 2) AS gross FROM events) ev WHERE amount > 5 OR qty IS NULL AND amount IS NOT NULL GROUP BY channel")
OUTPUT_MODE = "update"
