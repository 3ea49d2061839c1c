df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, coalesce(note, 'none') AS note2 FROM events) ev) SELECT user, round(avg(amount), 3) AS avga, max_by(user, amount) AS maxu FROM base GROUP BY user")
OUTPUT_MODE = "complete"
