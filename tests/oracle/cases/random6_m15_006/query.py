df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, CASE WHEN amount >= 50 THEN 'big' WHEN amount >= 10 THEN 'mid' ELSE 'small' END AS band, coalesce(note, 'none') AS note2 FROM events) ev WHERE region IN ('eu', 'us') AND '3' < qty) SELECT region, round(avg(amount), 3) AS avga FROM base GROUP BY region")
OUTPUT_MODE = "update"
