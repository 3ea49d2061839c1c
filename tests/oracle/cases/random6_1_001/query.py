df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, date_format(ts, 'HH') AS hr, round(amount * 1.2, 2) AS gross FROM events) ev) SELECT hr, first(user, true) AS fu, count(note) AS nnotes FROM base GROUP BY hr")
OUTPUT_MODE = "update"
