df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, '10' - qty AS qleft, upper(substr(user, 1, 1)) AS initial FROM events) ev WHERE (qty | 1) = 3) SELECT user, concat_ws('/', min(channel), max(channel)) AS span, max_by(user, amount) AS maxu, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany FROM base GROUP BY 1")
OUTPUT_MODE = "complete"
