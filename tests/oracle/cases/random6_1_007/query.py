df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.dropDuplicates(["id"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, upper(substr(user, 1, 1)) AS initial, qty * 2 + 1 AS q2 FROM events) ev) SELECT initial, first(user, true) AS fu, max_by(user, amount) AS maxu, round(sum(amount), 2) AS suma FROM base GROUP BY ALL")
OUTPUT_MODE = "update"
