df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, coalesce(note, 'none') AS note2, named_struct('r', region, 'c', channel).c AS ch2 FROM events) ev) SELECT note2, count(*) AS cnt FROM base GROUP BY note2")
OUTPUT_MODE = "update"
