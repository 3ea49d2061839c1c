df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, coalesce(note, 'none') AS note2 FROM events) ev) SELECT note2, last(qty) FILTER (WHERE amount > 20) AS lq, max(struct(amount, user)).user AS topuser FROM base GROUP BY ALL ORDER BY lq DESC NULLS LAST")
OUTPUT_MODE = "complete"
