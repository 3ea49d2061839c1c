df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT greatest(qty, 2) AS g, round(amount / nullif(qty, 0), 3) AS unit, split_part(concat(region, '.', channel), '.', 2) AS part, nvl2(note, 'y', 'n') AS hasnote, hot FROM (SELECT *, amount > 20 AND qty > 1 AS hot FROM events) e")
OUTPUT_MODE = "append"
